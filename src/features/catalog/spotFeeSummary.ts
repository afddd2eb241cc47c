import type { Service } from '../../core/catalog/catalogSchema.ts';
import type { Cents } from '../../core/fees/cents.ts';
import { feeFor } from '../../core/fees/feeFor.ts';

/** What a list shows of a service's price at a spot, before the mediator knows the citizen's age or case. */
export type FeeSummary =
  | { kind: 'free' }
  | { kind: 'amount'; amountCents: Cents }
  /** The price depends on the age or the variant: the lowest of the spot's prices. */
  | { kind: 'from'; amountCents: Cents }
  | { kind: 'free-or-paid' }
  /** No spot price in the catalog: the mediator must check, never assume free. */
  | { kind: 'unknown' };

export function spotFeeSummary(service: Service): FeeSummary {
  const answer = feeFor(service, { channel: 'spot' });
  const amounts = service.fees.filter((rule) => rule.channel === 'spot').map((rule) => rule.amountCents);
  if (answer.kind === 'unknown' || amounts.length === 0) return { kind: 'unknown' };
  const lowest = Math.min(...amounts) as Cents;
  const highest = Math.max(...amounts);
  if (highest === 0) return { kind: 'free' };
  if (answer.kind === 'fee' && lowest === highest) return { kind: 'amount', amountCents: lowest };
  if (lowest === 0) return { kind: 'free-or-paid' };
  return { kind: 'from', amountCents: lowest };
}
