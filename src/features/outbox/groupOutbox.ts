import type { OutboxState } from '../../db/requests/outboxRecord.ts';
import type { OutboxSummary } from '../../db/requests/outboxSummary.ts';

export type OutboxGroupName = OutboxState | 'archived';

/** The order the page lists them in: what waits for the mediator first, what is done last. */
export const OUTBOX_GROUPS = ['attention', 'sending', 'retry', 'queued', 'delivered', 'archived'] as const;

/**
 * The requests by where they stand. An archived request is listed apart whatever its state, so it is
 * neither counted as pending nor lost from view. A retry is listed by its next try, a delivered one by
 * when the hub received it, the others as completed (the latest first).
 */
export function groupOutbox(rows: readonly OutboxSummary[]): Record<OutboxGroupName, OutboxSummary[]> {
  const groups: Record<OutboxGroupName, OutboxSummary[]> = {
    attention: [],
    sending: [],
    retry: [],
    queued: [],
    delivered: [],
    archived: [],
  };
  const latestFirst = [...rows].sort((a, b) => b.completedAt - a.completedAt);
  for (const row of latestFirst) groups[row.archived ? 'archived' : row.state].push(row);
  groups.retry.sort((a, b) => (a.nextAttemptAt ?? 0) - (b.nextAttemptAt ?? 0));
  groups.delivered.sort((a, b) => (b.receivedAt ?? b.completedAt) - (a.receivedAt ?? a.completedAt));
  return groups;
}
