// Where each request of a batch ends up after the hub's answer, or the lack of one, written in one
// transaction after every receipt was verified (crypto is never awaited inside a Dexie transaction).
// A delivery is the only write that deletes anything, and only on a receipt the hub signed: the sealed
// request and its attachments go, the receipt and the non-personal metadata stay (issue 5, item 5).
import type { Text } from '../../core/catalog/textSchema.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';
import { retryDelayMs } from './retryDelay.ts';

export type Settlement =
  /** `receipt` verified (verifyReceipt) against this request, its digest and the device it is bound to. */
  | { id: string; to: 'delivered'; receipt: string; hubRef: string; receivedAt: number }
  | { id: string; to: 'retry'; code: string; reason?: Text | null; retryAfterMs?: number | null }
  | { id: string; to: 'attention'; code: string; reason: Text | null }
  /** Leased but never sent (the other half of a split batch when the link failed): back to the queue. */
  | { id: string; to: 'queued' };

/** Codes of a failure of the link alone: such a row is sent again as soon as a call gets through. */
export const LINK_CODES: readonly string[] = ['offline', 'timeout'];

export interface SettleOptions {
  now: number;
  random: () => number;
  /** A call just got through after the link failed: rows that waited on the link alone are due now. */
  linkBack?: boolean;
}

/** Writes the settlements; answers how many of each it wrote. A delivered row is never moved back. */
export async function settleRequests(
  db: BalcaoDb,
  settlements: readonly Settlement[],
  { now, random, linkBack = false }: SettleOptions,
): Promise<Record<Settlement['to'], number>> {
  const counts = { delivered: 0, retry: 0, attention: 0, queued: 0 };
  await db.transaction('rw', [db.outbox, db.attachments], async () => {
    // Read and written in bulk: a batch of hundreds settles in a few requests to IndexedDB, not three a row.
    const found = await db.outbox.bulkGet(settlements.map((settlement) => settlement.id));
    const rows = new Map<string, OutboxRecord>();
    for (const row of found) if (row) rows.set(row.id, row);
    const written = new Map<string, OutboxRecord>();
    const purged: string[] = [];
    for (const settlement of settlements) {
      const row = rows.get(settlement.id);
      if (!row || row.state === 'delivered') continue;
      // Only a receipt overrides another sender's lease: any other outcome is for rows this sender holds.
      if (settlement.to !== 'delivered' && row.state !== 'sending') continue;
      const next = settled(row, settlement, now, random);
      rows.set(row.id, next);
      written.set(row.id, next);
      if (settlement.to === 'delivered') purged.push(row.id);
      counts[settlement.to] += 1;
    }
    await db.outbox.bulkPut([...written.values()]);
    if (purged.length > 0) await db.attachments.where('requestId').anyOf(purged).delete();
    if (linkBack) {
      await db.outbox
        .where('state')
        .equals('retry')
        .and((row) => LINK_CODES.includes(row.lastError?.code ?? '') && (row.nextAttemptAt ?? 0) > now)
        .modify({ nextAttemptAt: now });
    }
  });
  return counts;
}

function settled(row: OutboxRecord, settlement: Settlement, now: number, random: () => number): OutboxRecord {
  const base = { ...row, leaseUntil: null };
  switch (settlement.to) {
    case 'delivered':
      return {
        ...base,
        state: 'delivered',
        sealed: null,
        receipt: settlement.receipt,
        hubRef: settlement.hubRef,
        receivedAt: settlement.receivedAt,
        attempts: row.attempts + 1,
        nextAttemptAt: null,
        lastError: null,
      };
    case 'retry':
      return {
        ...base,
        state: 'retry',
        attempts: row.attempts + 1,
        nextAttemptAt: now + retryDelayMs(row.attempts, random, settlement.retryAfterMs ?? null),
        lastError: { code: settlement.code, reason: settlement.reason ?? null, at: now },
      };
    case 'attention':
      return {
        ...base,
        state: 'attention',
        attempts: row.attempts + 1,
        nextAttemptAt: null,
        lastError: { code: settlement.code, reason: settlement.reason, at: now },
      };
    case 'queued':
      return { ...base, state: 'queued' };
  }
}
