import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPostalCode } from '../../../../../src/core/forms/validators/isValidPostalCode.ts';

describe('isValidPostalCode', () => {
  it('accepts NNNN-NNN starting 1 to 9', () => {
    expect(isValidPostalCode('1000-001')).toBe(true);
    expect(isValidPostalCode('4700-123')).toBe(true);
    expect(isValidPostalCode('9950-302')).toBe(true);
  });

  it('refuses the usual slips', () => {
    for (const bad of ['0100-001', '1000001', '1000 001', '1000-01', '100-0001', '1000-0011', 'abcd-efg', '']) {
      expect(isValidPostalCode(bad)).toBe(false);
    }
  });

  it('accepts every code of the form and nothing with the dash moved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 999 }), (four, three) => {
        const digits = `${four}${String(three).padStart(3, '0')}`;
        expect(isValidPostalCode(`${digits.slice(0, 4)}-${digits.slice(4)}`)).toBe(true);
        expect(isValidPostalCode(`${digits.slice(0, 3)}-${digits.slice(3)}`)).toBe(false);
        expect(isValidPostalCode(digits)).toBe(false);
      }),
    );
  });
});
