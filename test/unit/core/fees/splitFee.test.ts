import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cents } from '../../../../src/core/fees/cents.ts';
import { splitFee } from '../../../../src/core/fees/splitFee.ts';

// The OECD case study: driving-licence fees go 90 % to IMT, 3.5 % to AMA (now ARTE), 6.5 % to the local authority.
const IMT_SPLIT = [
  { entityId: 'imt', basisPoints: 9000 },
  { entityId: 'arte', basisPoints: 350 },
  { entityId: 'autarquia', basisPoints: 650 },
];

describe('splitFee', () => {
  it('splits the €15.00 fee of a 70+ revalidation into whole cents', () => {
    expect(splitFee(cents(1500), IMT_SPLIT)).toEqual([
      { entityId: 'imt', amountCents: 1350 },
      { entityId: 'arte', amountCents: 53 },
      { entityId: 'autarquia', amountCents: 97 },
    ]);
  });

  it('always adds up to the fee, whatever the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (amount) => {
        const parts = splitFee(cents(amount), IMT_SPLIT);
        expect(parts.reduce((sum, p) => sum + p.amountCents, 0)).toBe(amount);
        for (const p of parts) expect(Number.isInteger(p.amountCents) && p.amountCents >= 0).toBe(true);
      }),
    );
  });

  it('for every amount from 1 cent to €1,000, adds up and keeps each part within a cent of its exact share', () => {
    const wrong: string[] = [];
    for (let amount = 1; amount <= 100_000; amount++) {
      const parts = splitFee(cents(amount), IMT_SPLIT);
      if (parts.reduce((sum, p) => sum + p.amountCents, 0) !== amount) wrong.push(`${amount}: sum`);
      IMT_SPLIT.forEach((share, i) => {
        const part = parts[i];
        // In units of 1/10000 cent, so the exact share (amount × basis points / 10000) stays an integer.
        const off = part ? Math.abs(part.amountCents * 10_000 - amount * share.basisPoints) : Number.POSITIVE_INFINITY;
        if (part?.entityId !== share.entityId || off >= 10_000) wrong.push(`${amount}: ${share.entityId}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('refuses shares that do not make 100 %', () => {
    expect(() => splitFee(cents(100), IMT_SPLIT.slice(0, 2))).toThrow(/93.5 %/);
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => cents(15.5)).toThrow(RangeError);
  });
});
