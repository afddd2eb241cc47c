import type { OutboxRecord } from './outboxRecord.ts';

/** What a list of completed requests shows and the sender reads: never the sealed request. */
export type OutboxSummary = Omit<OutboxRecord, 'sealed'>;

export function outboxSummary(row: OutboxRecord): OutboxSummary {
  const { sealed: _sealed, ...summary } = row;
  return summary;
}
