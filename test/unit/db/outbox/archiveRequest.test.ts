import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { ArchiveRefused, archiveRequest } from '../../../../src/db/outbox/archiveRequest.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { outboxRow, refusedRow } from '../../features/outbox/outboxKit.tsx';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

const NOTE = 'O cidadão desistiu do pedido.';

async function refusal(promise: Promise<unknown>): Promise<ArchiveRefused> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ArchiveRefused);
  return error as ArchiveRefused;
}

describe('archiving a refused request', () => {
  it('keeps the row, its state, its sealed request and the hub’s reason, and marks it archived with the note', async () => {
    db = freshDb();
    const row = refusedRow();
    await db.outbox.put(row);
    const archived = await archiveRequest(db, row.id, `  ${NOTE}  `, 1_700_000_000_000);
    expect(archived).toEqual({ note: NOTE, at: 1_700_000_000_000 });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.outbox.get(row.id)).toEqual({ ...row, archived: { note: NOTE, at: 1_700_000_000_000 } });
  });

  it.each(['queued', 'sending', 'retry', 'delivered'] as const)(
    'refuses a %s request and writes nothing',
    async (state) => {
      db = freshDb();
      const row = outboxRow({ state });
      await db.outbox.put(row);
      const error = await refusal(archiveRequest(db, row.id, NOTE, Date.now()));
      expect(error.code).toBe('not-attention');
      expect(await db.outbox.get(row.id)).toEqual(row);
    },
  );

  it('needs a note of at least 10 characters, spaces around it not counted', async () => {
    db = freshDb();
    const row = refusedRow();
    await db.outbox.put(row);
    expect((await refusal(archiveRequest(db, row.id, '   desistiu  ', Date.now()))).code).toBe('note-too-short');
    expect((await refusal(archiveRequest(db, row.id, 'x'.repeat(501), Date.now()))).code).toBe('note-too-long');
    expect((await db.outbox.get(row.id))?.archived).toBeNull();
    // Ten letters, one of them accented: ten characters, however JavaScript counts them.
    await archiveRequest(db, row.id, 'desistênci', Date.now());
    expect((await db.outbox.get(row.id))?.archived?.note).toBe('desistênci');
  });

  it('refuses a request that is not on the device, or is archived already', async () => {
    db = freshDb();
    expect((await refusal(archiveRequest(db, 'no-such-request', NOTE, Date.now()))).code).toBe('not-found');
    const row = refusedRow({ archived: { note: 'Já tratado antes.', at: 5 } });
    await db.outbox.put(row);
    expect((await refusal(archiveRequest(db, row.id, NOTE, Date.now()))).code).toBe('already-archived');
    expect((await db.outbox.get(row.id))?.archived).toEqual({ note: 'Já tratado antes.', at: 5 });
  });
});
