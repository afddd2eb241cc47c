// The step before any network call (DESIGN.md "A request's life"): the batch is picked and marked
// `sending`, with a lease, in one transaction, so a second sender (a tab without Web Locks) cannot pick
// the same rows, and a sender killed on the way leaves rows that come back once the lease runs out.
import type { BalcaoDb } from '../balcaoDb.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';
import { BATCH_JSON_OVERHEAD, itemBytes } from './deliveryBatch.ts';
import { dueRequests, MAX_LEASE_MS } from './dueRequests.ts';
import type { LinkBudget } from './linkBudget.ts';

/** A nonce, then the POST, each within its time limit, and room for one signing again. */
export function leaseMs(budget: LinkBudget, bodyBytes: number): number {
  return Math.min(MAX_LEASE_MS, 2 * (budget.timeoutMs(0) + budget.timeoutMs(bodyBytes)));
}

/**
 * Leases the next batch: due rows, the oldest claims first, as many as the budget allows in count and in
 * JSON bytes (always one, whatever its size: a request is never split). Empty when nothing is due.
 */
export async function leaseBatch(
  db: BalcaoDb,
  { now, budget, exclude }: { now: number; budget: LinkBudget; exclude: ReadonlySet<string> },
): Promise<OutboxRecord[]> {
  return db.transaction('rw', db.outbox, async () => {
    const due = await dueRequests(db, now, { limit: budget.requests, exclude });
    const batch: OutboxRecord[] = [];
    let bytes = BATCH_JSON_OVERHEAD;
    for (const row of due) {
      const size = itemBytes(row);
      if (batch.length > 0 && bytes + size > budget.bytes) break;
      batch.push(row);
      bytes += size;
    }
    const leaseUntil = now + leaseMs(budget, bytes);
    const leased = batch.map((row): OutboxRecord => ({ ...row, state: 'sending', leaseUntil }));
    await db.outbox.bulkPut(leased);
    return leased;
  });
}

/** Extends the lease of rows this sender holds, before another call for them (half a batch, a new signature). */
export async function extendLease(db: BalcaoDb, ids: readonly string[], leaseUntil: number): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    await db.outbox
      .where('id')
      .anyOf([...ids])
      .and((row) => row.state === 'sending')
      .modify({ leaseUntil });
  });
}

/**
 * Ends the leases of every row still `sending`: only for the sole sender, at the start of its drain, when
 * no other sender can be holding one (see DrainWorld.soleSender). Answers how many were freed.
 */
export async function releaseOrphanLeases(db: BalcaoDb, now: number): Promise<number> {
  return db.transaction('rw', db.outbox, () =>
    db.outbox
      .where('state')
      .equals('sending')
      .and((row) => row.leaseUntil === null || row.leaseUntil > now)
      .modify({ leaseUntil: now }),
  );
}
