// What the sender may take now (DESIGN.md "A request's life"): queued rows; retries whose time came;
// rows a sender leased and never settled (the worker was killed, the lid shut). Never an `attention`,
// `delivered` or archived row. A device clock put back (days ahead, then corrected) would leave a row
// waiting far beyond any wait the sender ever sets: such a row is due too.
import { Dexie } from 'dexie';
import type { BalcaoDb } from '../balcaoDb.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';
import { RETRY_AFTER_CAP_MS } from './retryDelay.ts';

/** The longest lease the sender ever takes: a lease further away than this was set by a clock since put back. */
export const MAX_LEASE_MS = 10 * 60_000;

/**
 * Up to `limit` due rows, the oldest claims first: expired leases, then retries, then the queue (oldest
 * completion first). `exclude` holds rows this drain already sent. Call it inside the transaction that
 * leases what it answers.
 */
export async function dueRequests(
  db: BalcaoDb,
  now: number,
  {
    limit = Number.POSITIVE_INFINITY,
    exclude = new Set<string>(),
  }: { limit?: number; exclude?: ReadonlySet<string> } = {},
): Promise<OutboxRecord[]> {
  const sources = [
    db.outbox.where('[state+leaseUntil]').between(['sending', Dexie.minKey], ['sending', now], true, true),
    db.outbox.where('[state+leaseUntil]').between(['sending', now + MAX_LEASE_MS], ['sending', Dexie.maxKey]),
    db.outbox.where('[state+nextAttemptAt]').between(['retry', Dexie.minKey], ['retry', now], true, true),
    db.outbox.where('[state+nextAttemptAt]').between(['retry', now + RETRY_AFTER_CAP_MS], ['retry', Dexie.maxKey]),
    db.outbox.where('[state+completedAt]').between(['queued', Dexie.minKey], ['queued', Dexie.maxKey], true, true),
  ];
  const due: OutboxRecord[] = [];
  for (const source of sources) {
    if (due.length >= limit) break;
    // The sources are disjoint (one state each, ranges apart), so no row comes twice.
    const rows = source.filter((row) => takeable(row, exclude));
    due.push(...(await (Number.isFinite(limit) ? rows.limit(limit - due.length) : rows).toArray()));
  }
  return due;
}

/** How many requests are due and their sealed bytes: what a drain starts with. */
export async function dueSummary(db: BalcaoDb, now: number): Promise<{ requests: number; bytes: number }> {
  const rows = await dueRequests(db, now);
  return { requests: rows.length, bytes: rows.reduce((sum, row) => sum + row.sealedBytes, 0) };
}

function takeable(row: OutboxRecord, exclude: ReadonlySet<string>): boolean {
  return row.archived === null && row.sealed !== null && !exclude.has(row.id);
}
