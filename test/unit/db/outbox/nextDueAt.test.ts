// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { nextDueAt } from '../../../../src/db/outbox/nextDueAt.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { queueRequests } from './outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

describe('nextDueAt', () => {
  it('is now with a request queued, else the earliest retry or lease end, else nothing', async () => {
    db = freshDb();
    const [a, b, c] = await queueRequests(db, 3);
    const now = 1_000_000;
    expect(await nextDueAt(db, now)).toBe(now);

    await db.outbox.update(a?.id ?? '', { state: 'retry', nextAttemptAt: now + 50_000 });
    await db.outbox.update(b?.id ?? '', { state: 'sending', leaseUntil: now + 20_000 });
    await db.outbox.update(c?.id ?? '', { state: 'attention' });
    expect(await nextDueAt(db, now)).toBe(now + 20_000);

    await db.outbox.update(b?.id ?? '', { state: 'delivered', leaseUntil: null });
    expect(await nextDueAt(db, now)).toBe(now + 50_000);

    await db.outbox.update(a?.id ?? '', { state: 'attention', archived: { note: 'duplicado', at: now } });
    expect(await nextDueAt(db, now)).toBeNull();
  });
});
