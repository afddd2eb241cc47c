import { describe, expect, it } from 'vitest';
import type { FeeRule } from '../../../../src/core/catalog/catalogSchema.ts';
import { feeFor, feeVariants } from '../../../../src/core/fees/feeFor.ts';
import { service } from '../../../kit/catalogFixture.ts';

const rule = (r: Partial<FeeRule> & Pick<FeeRule, 'channel' | 'amountCents'>): FeeRule => ({
  variant: 'standard',
  label: { pt: 'Taxa', en: 'Fee' },
  unverified: false,
  ...r,
});

// Driving-licence revalidation as the catalog has it: €30 at a spot, €15 from 70; €27 / €13.50 online.
const licence = service('carta-revalidacao', {
  fees: [
    rule({ channel: 'spot', amountCents: 3000 }),
    rule({ channel: 'spot', amountCents: 1500, minAge: 70 }),
    rule({ channel: 'online', amountCents: 2700 }),
    rule({ channel: 'online', amountCents: 1350, minAge: 70 }),
  ],
  exemptions: [{ id: 'incendios-2017', label: { pt: 'Incêndios', en: 'Fires' }, unverified: false }],
});

// Citizen Card renewal: variants by validity and urgency.
const card = service('cc-renovacao', {
  fees: [
    rule({ channel: 'spot', amountCents: 1800 }),
    rule({ channel: 'spot', variant: 'validade-5-anos', amountCents: 1500 }),
    rule({ channel: 'spot', variant: 'urgente', amountCents: 3000 }),
  ],
});

describe('feeFor', () => {
  it('charges a 72-year-old half the revalidation fee, and a 69-year-old all of it', () => {
    expect(feeFor(licence, { channel: 'spot', age: 72 })).toMatchObject({ kind: 'fee', amountCents: 1500 });
    expect(feeFor(licence, { channel: 'spot', age: 69 })).toMatchObject({ kind: 'fee', amountCents: 3000 });
    expect(feeFor(licence, { channel: 'spot', age: 70 })).toMatchObject({ kind: 'fee', amountCents: 1500 });
  });

  it('uses the online price on the online channel', () => {
    expect(feeFor(licence, { channel: 'online', age: 40 })).toMatchObject({ amountCents: 2700 });
    expect(feeFor(licence, { channel: 'online', age: 80 })).toMatchObject({ amountCents: 1350 });
  });

  it('asks for the age rather than guess when the fee depends on it', () => {
    const answer = feeFor(licence, { channel: 'spot' });
    expect(answer.kind).toBe('needs-age');
  });

  it('picks the variant the mediator chose, the first one otherwise', () => {
    expect(feeFor(card, { channel: 'spot' })).toMatchObject({ amountCents: 1800 });
    expect(feeFor(card, { channel: 'spot', variant: 'urgente' })).toMatchObject({ amountCents: 3000 });
    expect(feeVariants(card, 'spot').map((r) => r.variant)).toEqual(['standard', 'validade-5-anos', 'urgente']);
  });

  it('waives the fee under an exemption the service lists', () => {
    const answer = feeFor(licence, { channel: 'spot', age: 50, exemptionId: 'incendios-2017' });
    expect(answer).toMatchObject({ kind: 'waived', amountCents: 0, exemption: { id: 'incendios-2017' } });
    expect(() => feeFor(card, { channel: 'spot', exemptionId: 'incendios-2017' })).toThrow(/no exemption/);
  });

  it('never calls a service free when the catalog holds no fee for the channel', () => {
    expect(feeFor(card, { channel: 'online' })).toEqual({ kind: 'unknown' });
    const free = service('cmd', { fees: [rule({ channel: 'spot', amountCents: 0 })] });
    expect(feeFor(free, { channel: 'spot' })).toMatchObject({ kind: 'fee', amountCents: 0 });
  });
});
