import type { BalcaoDb } from '../balcaoDb.ts';
import { type OutboxSummary, outboxSummary } from './outboxSummary.ts';

/** Every completed request on the device, the latest first; nothing is decrypted. */
export async function listOutbox(db: BalcaoDb): Promise<OutboxSummary[]> {
  const rows = await db.outbox.orderBy('completedAt').reverse().toArray();
  return rows.map(outboxSummary);
}
