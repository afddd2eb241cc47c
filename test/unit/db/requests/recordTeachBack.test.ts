import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { recordTeachBack, teachBackOf } from '../../../../src/db/requests/recordTeachBack.ts';
import { freshDb } from '../../../kit/freshDb.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

describe('the teach-back in the attendance log', () => {
  it('is recorded on the log row of the attendance that made the request, and can be changed while the citizen is there', async () => {
    db = freshDb();
    const row = { mediatorId: 'm-1', serviceId: 'cc-renovacao', startedAt: 1, endedAt: 2, priority: null } as const;
    await db.attendances.bulkAdd([
      { ...row, id: 'att-1', outcome: 'completed', requestId: 'req-1' },
      { ...row, id: 'att-2', outcome: 'completed', requestId: 'req-2' },
    ]);
    expect(await teachBackOf(db, 'req-1')).toBeNull();
    expect(await recordTeachBack(db, 'req-1', 'no')).toBe(true);
    expect(await recordTeachBack(db, 'req-1', 'partly')).toBe(true);
    expect(await teachBackOf(db, 'req-1')).toBe('partly');
    expect((await db.attendances.get('att-2'))?.taught).toBeUndefined();
    // Nothing about the citizen is added: the row keeps its anonymous fields and the result.
    expect(Object.keys((await db.attendances.get('att-1')) ?? {}).sort()).toEqual(
      ['endedAt', 'id', 'mediatorId', 'outcome', 'priority', 'requestId', 'serviceId', 'startedAt', 'taught'].sort(),
    );
  });

  it('says so when no attendance on this laptop made the request (one imported from another)', async () => {
    db = freshDb();
    expect(await recordTeachBack(db, 'req-elsewhere', 'yes')).toBe(false);
  });
});
