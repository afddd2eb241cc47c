import type { SplitShare } from '../catalog/catalogSchema.ts';
import { type Cents, cents } from './cents.ts';

export interface SplitPart {
  entityId: string;
  amountCents: Cents;
}

/**
 * Divides a fee among the entities that share it (IMT 90 %, ARTE 3.5 %, the local authority 6.5 %) in
 * whole cents, by largest remainder: each part is its share rounded down, and the cents left over go
 * one each to the largest remainders (ties to the earlier share), so the parts always add up to the fee.
 */
export function splitFee(total: Cents, shares: readonly SplitShare[]): SplitPart[] {
  const points = shares.reduce((sum, s) => sum + s.basisPoints, 0);
  if (points !== 10_000) throw new RangeError(`shares add up to ${points / 100} %, not 100 %`);
  const exact = shares.map((s) => ({
    entityId: s.entityId,
    floor: Math.floor((total * s.basisPoints) / 10_000),
    rem: (total * s.basisPoints) % 10_000,
  }));
  let left = total - exact.reduce((sum, p) => sum + p.floor, 0);
  const order = exact.map((_part, i) => i).sort((a, b) => (exact[b]?.rem ?? 0) - (exact[a]?.rem ?? 0) || a - b);
  const extra = new Set<number>();
  for (const i of order) {
    if (left <= 0) break;
    extra.add(i);
    left -= 1;
  }
  return exact.map((p, i) => ({ entityId: p.entityId, amountCents: cents(p.floor + (extra.has(i) ? 1 : 0)) }));
}
