import { describe, expect, it } from 'vitest';
import { ageOnDay, requestFee } from '../../../../src/core/attendance/requestFee.ts';
import { seedServiceAndForm } from './seedCatalog.ts';

const { service: licence } = seedServiceAndForm('carta-revalidacao');
const { service: card } = seedServiceAndForm('cc-renovacao');
const NO_CHOICE = { variant: null, exemptionId: null } as const;

describe('the fee of a request at a spot', () => {
  it('halves the licence revalidation at 70 and splits it 90 / 3.5 / 6.5 % in whole cents', () => {
    const { fee } = requestFee(licence, { ...NO_CHOICE, age: 72 });
    expect(fee).toMatchObject({ amountCents: 1500, age: 72, exemptionId: null });
    expect(fee?.split).toEqual([
      { entityId: 'imt', amountCents: 1350 },
      { entityId: 'arte', amountCents: 53 },
      { entityId: 'autarquia', amountCents: 97 },
    ]);
  });

  it('charges the full €30 below 70, and cannot say the fee while the age is unknown', () => {
    expect(requestFee(licence, { ...NO_CHOICE, age: 69 }).fee?.amountCents).toBe(3000);
    const unknown = requestFee(licence, { ...NO_CHOICE, age: null });
    expect(unknown.fee).toBeNull();
    expect(unknown.answer.kind).toBe('needs-age');
  });

  it('brings a listed waiver to zero with nothing to split, and treats a waiver no longer listed as unknown', () => {
    const exemption = card.exemptions[0]?.id ?? null;
    const waived = requestFee(card, { variant: null, exemptionId: exemption, age: 40 });
    expect(waived.fee).toMatchObject({ amountCents: 0, exemptionId: exemption, split: [] });
    const dropped = requestFee(card, { variant: null, exemptionId: 'calamidade-de-outro-ano', age: 40 });
    expect(dropped).toEqual({ answer: { kind: 'unknown' }, fee: null });
  });

  it('takes the variant the mediator chose', () => {
    expect(requestFee(card, { variant: 'validade-5-anos', exemptionId: null, age: 30 }).fee?.amountCents).toBe(1500);
  });
});

describe('ageOnDay', () => {
  it('counts whole years on the day, and gives nothing for a missing, impossible or future birth date', () => {
    expect(ageOnDay('1954-12-05', '2026-12-04')).toBe(71);
    expect(ageOnDay('1954-12-04', '2026-12-04')).toBe(72);
    expect(ageOnDay(null, '2026-12-04')).toBeNull();
    expect(ageOnDay('1954-02-30', '2026-12-04')).toBeNull();
    expect(ageOnDay('2027-01-01', '2026-12-04')).toBeNull();
  });
});
