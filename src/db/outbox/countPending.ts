import type { BalcaoDb } from '../balcaoDb.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';

export interface PendingCount {
  /** Requests the hub does not have yet: queued, sending, retry and attention, not archived. */
  pending: number;
  /** Of those, the ones the hub refused, waiting for the mediator. */
  attention: number;
}

/** Not delivered and not set aside: what the badge counts. */
export function isPending(row: Pick<OutboxRecord, 'state' | 'archived'>): boolean {
  return row.state !== 'delivered' && !row.archived;
}

/**
 * The badge's count, read on the `state` index: the moving states are counted on keys alone, so the
 * always-visible badge never reads the sealed requests; only `attention` rows (few) are read, for
 * their archive mark. Used inside a live query, it follows every change of a row's state.
 */
export async function countPending(db: BalcaoDb): Promise<PendingCount> {
  const [moving, attention] = await Promise.all([
    db.outbox.where('state').anyOf(['queued', 'sending', 'retry']).count(),
    db.outbox
      .where('state')
      .equals('attention')
      .filter((row) => !row.archived)
      .count(),
  ]);
  return { pending: moving + attention, attention };
}
