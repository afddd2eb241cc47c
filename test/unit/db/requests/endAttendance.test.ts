import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { AlreadyCompleted } from '../../../../src/db/requests/alreadyCompleted.ts';
import { storeAttachment } from '../../../../src/db/requests/attachments.ts';
import { type EndedAttendance, endAttendance } from '../../../../src/db/requests/endAttendance.ts';
import { listAttendances } from '../../../../src/db/requests/listAttendances.ts';
import { canariesIn, everyRow } from '../../../kit/canary.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { mediator, scan, startAttendance } from './requestKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

describe('endAttendance', () => {
  it('logs an attendance that made no request, and deletes its draft and attachments', async () => {
    db = freshDb();
    const ana = await mediator(db, 'Ana');
    const { attendanceId, contentKey } = await startAttendance(db, ana, 1_000);
    const other = await startAttendance(db, ana, 2_000);
    const store = (id: string, key: string) =>
      storeAttachment(db, { attendanceId: id, fieldId: 'proof', contentKey: key, bytes: scan(), type: 'image/jpeg' });
    await store(attendanceId, contentKey);
    const kept = await store(other.attendanceId, other.contentKey);

    const ended: EndedAttendance = {
      attendanceId,
      mediatorId: ana.id,
      serviceId: 'registo-criminal',
      priority: 'pregnancy',
      startedAt: 1_000,
      outcome: 'documents-missing',
    };
    await endAttendance(db, ended, 3_000);

    expect(await listAttendances(db)).toEqual([
      {
        id: attendanceId,
        mediatorId: ana.id,
        serviceId: 'registo-criminal',
        startedAt: 1_000,
        endedAt: 3_000,
        outcome: 'documents-missing',
        priority: 'pregnancy',
        requestId: null,
      },
    ]);
    expect(await db.drafts.get(attendanceId)).toBeUndefined();
    expect((await db.attachments.toArray()).map((a) => a.id)).toEqual([kept.id]);
    expect(await db.drafts.get(other.attendanceId)).toBeDefined();
    expect(await db.outbox.count()).toBe(0);
    expect(canariesIn(await everyRow(db))).toEqual([]);

    // Ending it again (a double tap) logs nothing more.
    await expect(endAttendance(db, { ...ended, outcome: 'referred' }, 4_000)).rejects.toBeInstanceOf(AlreadyCompleted);
    expect(await db.attendances.count()).toBe(1);
  });

  it('lists the log from a given time, by when each attendance started', async () => {
    db = freshDb();
    const end = (attendanceId: string, startedAt: number, outcome: EndedAttendance['outcome']) =>
      endAttendance(
        db,
        { attendanceId, mediatorId: 'm', serviceId: null, priority: null, startedAt, outcome },
        startedAt + 60_000,
      );
    await end('c', 30_000, 'referred');
    await end('a', 10_000, 'information-only');
    await end('b', 20_000, 'documents-missing');

    expect((await listAttendances(db)).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect((await listAttendances(db, 20_000)).map((a) => [a.id, a.outcome])).toEqual([
      ['b', 'documents-missing'],
      ['c', 'referred'],
    ]);
  });
});
