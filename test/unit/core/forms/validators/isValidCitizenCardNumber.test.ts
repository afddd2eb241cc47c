import { describe, expect, it } from 'vitest';
import {
  citizenCardNumberProblem,
  isValidCitizenCardNumber,
} from '../../../../../src/core/forms/validators/isValidCitizenCardNumber.ts';

describe('isValidCitizenCardNumber', () => {
  it('accepts numbers whose check holds, worked out by hand', () => {
    // From the right: 4, Z doubled (70 − 9 = 61), Z (35), zeros: 4 + 61 + 35 = 100, a multiple of 10.
    expect(isValidCitizenCardNumber('00000000 0 ZZ4')).toBe(true);
    expect(isValidCitizenCardNumber('000000000ZZ4')).toBe(true);
    expect(isValidCitizenCardNumber('00000000 0 zz4')).toBe(true);
    // From the right: 1, Z·2 → 61, Z 35, 9·2 → 9, 8, 7·2 → 5, 6, 5·2 → 1, 4, 3·2 → 6, 2, 1·2 → 2: Σ = 140.
    expect(isValidCitizenCardNumber('12345678 9 ZZ1')).toBe(true);
  });

  it('refuses a number whose check does not hold', () => {
    expect(citizenCardNumberProblem('00000000 0 ZZ5')).toBe('check-digit');
    expect(citizenCardNumberProblem('12345678 9 ZY1')).toBe('check-digit');
    expect(citizenCardNumberProblem('12345679 9 ZZ1')).toBe('check-digit');
  });

  it('refuses the wrong shape', () => {
    for (const bad of ['12345678', '12345678 9 ZZ', '12345678 Z ZZ1', '12345678 9 ZZA', '123456789 ZZ12', '']) {
      expect(citizenCardNumberProblem(bad)).toBe('format');
    }
  });
});
