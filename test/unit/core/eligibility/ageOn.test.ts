import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../../src/core/eligibility/ageOn.ts';
import { addMonths, birthdayAt } from '../../../../src/core/eligibility/isoDay.ts';
import { isoDayBetween } from './arbitraries.ts';

describe('ageOn', () => {
  it('counts whole years, turning on the birthday itself', () => {
    expect(ageOn('1954-03-01', '2024-02-29')).toBe(69);
    expect(ageOn('1954-03-01', '2024-03-01')).toBe(70);
    expect(ageOn('1954-03-01', '1954-03-01')).toBe(0);
  });

  it('lets someone born on 29 February turn a year older on 1 March when there is no 29th', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('refuses a day before birth', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
  });

  it('is n on the n-th birthday and n − 1 the day before', () => {
    fc.assert(
      fc.property(isoDayBetween('1900-01-01', '2010-12-31'), fc.integer({ min: 1, max: 110 }), (birth, n) => {
        const birthday = birthdayAt(birth, n);
        expect(ageOn(birth, birthday)).toBe(n);
        const dayBefore = new Date(Date.parse(`${birthday}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(ageOn(birth, dayBefore)).toBe(n - 1);
        expect(ageOn(birth, addMonths(birthday, 11))).toBe(n);
      }),
    );
  });
});
