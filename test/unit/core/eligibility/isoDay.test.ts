import { describe, expect, it } from 'vitest';
import { addMonths, addYears, birthdayAt, parseIsoDay } from '../../../../src/core/eligibility/isoDay.ts';

describe('isoDay', () => {
  it('refuses a day that does not exist or is not YYYY-MM-DD', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '1/3/2024', '2024-3-1', '']) {
      expect(() => parseIsoDay(bad)).toThrow(RangeError);
    }
    expect(parseIsoDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('ends a period in a shorter month on its last day (Código Civil, art. 279.º c))', () => {
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', -6)).toBe('2023-02-28');
    expect(addMonths('2024-01-15', -6)).toBe('2023-07-15');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('puts a 29 February birthday on 1 March in years without one', () => {
    expect(birthdayAt('1956-02-29', 70)).toBe('2026-03-01');
    expect(birthdayAt('1956-02-29', 72)).toBe('2028-02-29');
  });
});
