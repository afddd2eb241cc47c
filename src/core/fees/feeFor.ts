import type { Channel, Exemption, FeeRule, Service } from '../catalog/catalogSchema.ts';
import type { Cents } from './cents.ts';

export interface FeeQuestion {
  channel: Channel;
  /** Which variant of the service (a 5-year card, urgent …); the service's first variant when absent. */
  variant?: string;
  /** The citizen's age in whole years, when known: some fees depend on it (half at 70+). */
  age?: number;
  /** A waiver that applies to this citizen (a disaster, an exempt purpose). */
  exemptionId?: string;
}

export type FeeAnswer =
  | { kind: 'fee'; amountCents: Cents; rule: FeeRule; exemption: null }
  | { kind: 'waived'; amountCents: Cents; rule: FeeRule | null; exemption: Exemption }
  /** The catalog holds no fee for this channel and variant: the mediator must check, never assume free. */
  | { kind: 'unknown' }
  /** The fee depends on the citizen's age, and the age was not given. */
  | { kind: 'needs-age'; rules: FeeRule[] };

/**
 * The fee a citizen pays for a service on a channel, from the catalog's rules. Within the variant, a
 * rule whose age bounds hold beats one with no bounds; a rule with bounds never applies to an unknown
 * age. An exemption the service lists brings the fee to zero.
 */
export function feeFor(service: Service, question: FeeQuestion): FeeAnswer {
  const variant = question.variant ?? service.fees.find((r) => r.channel === question.channel)?.variant;
  const rules = service.fees.filter((r) => r.channel === question.channel && r.variant === variant);
  const exemption = question.exemptionId ? service.exemptions.find((e) => e.id === question.exemptionId) : undefined;
  if (question.exemptionId && !exemption) {
    throw new Error(`service ${service.id} has no exemption "${question.exemptionId}"`);
  }
  const rule = pickRule(rules, question.age);
  if (exemption)
    return { kind: 'waived', amountCents: 0 as Cents, rule: rule === 'needs-age' ? null : rule, exemption };
  if (rule === 'needs-age') return { kind: 'needs-age', rules };
  if (!rule) return { kind: 'unknown' };
  return { kind: 'fee', amountCents: rule.amountCents as Cents, rule, exemption: null };
}

function pickRule(rules: FeeRule[], age: number | undefined): FeeRule | null | 'needs-age' {
  const bounded = rules.filter((r) => r.minAge !== undefined || r.maxAge !== undefined);
  const open = rules.find((r) => r.minAge === undefined && r.maxAge === undefined) ?? null;
  if (bounded.length === 0) return open;
  if (age === undefined) return 'needs-age';
  const fits = bounded.find((r) => (r.minAge ?? 0) <= age && age <= (r.maxAge ?? Number.POSITIVE_INFINITY));
  return fits ?? open;
}

/** The distinct variants a service has on a channel, in catalog order, for the mediator to choose from. */
export function feeVariants(service: Service, channel: Channel): FeeRule[] {
  const seen = new Set<string>();
  return service.fees.filter((r) => r.channel === channel && !seen.has(r.variant) && seen.add(r.variant));
}
