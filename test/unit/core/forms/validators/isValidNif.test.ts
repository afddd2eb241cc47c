import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNif, nifCheckDigit, nifProblem } from '../../../../../src/core/forms/validators/isValidNif.ts';

describe('isValidNif', () => {
  it('accepts well-known valid NIFs, checked by hand', () => {
    // 123456789: Σ = 1·9+2·8+3·7+4·6+5·5+6·4+7·3+8·2 = 156; 156 mod 11 = 2; 11 − 2 = 9.
    expect(isValidNif('123456789')).toBe(true);
    // 999999990: Σ = 9·44 = 396; 396 mod 11 = 0; 11 − 0 = 11 → 0.
    expect(isValidNif('999999990')).toBe(true);
    // 500000000: Σ = 45; 45 mod 11 = 1; 11 − 1 = 10 → 0 (a company).
    expect(isValidNif('500000000')).toBe(true);
    // 245678913: Σ = 217; 217 mod 11 = 8; 11 − 8 = 3.
    expect(isValidNif('245678913')).toBe(true);
    // 600000001: Σ = 54; 54 mod 11 = 10; 11 − 10 = 1 (a public body).
    expect(isValidNif('600000001')).toBe(true);
  });

  it('refuses a wrong check digit and says so', () => {
    // 111111111: Σ = 44; 44 mod 11 = 0 → check 0, not 1.
    expect(isValidNif('111111111')).toBe(false);
    expect(nifProblem('111111111')).toBe('check-digit');
    expect(nifProblem('123456780')).toBe('check-digit');
  });

  it('refuses numbers no taxpayer kind starts with, even with a right check digit', () => {
    for (const prefix of ['0000000', '4000000', '7300000', '7600000', '9200000']) {
      const candidate = `${prefix}0`;
      expect(nifProblem(`${candidate}${nifCheckDigit(candidate)}`)).toBe('prefix');
    }
    for (const prefix of ['4500000', '7000000', '7100000', '7200000', '7700000', '7900000', '9000000', '9800000']) {
      const candidate = `${prefix}0`;
      expect(isValidNif(`${candidate}${nifCheckDigit(candidate)}`)).toBe(true);
    }
  });

  it('is exact about the format', () => {
    for (const bad of ['12345678', '1234567890', '123 456 789', 'PT123456789', '12345678a', '', ' 123456789']) {
      expect(nifProblem(bad)).toBe('format');
    }
  });

  const firstEight = fc
    .tuple(fc.constantFrom('1', '2', '3'), fc.stringMatching(/^\d{7}$/))
    .map(([first, rest]) => `${first}${rest}`);
  const changeDigit = (nif: string, at: number, shift: number) =>
    `${nif.slice(0, at)}${(Number(nif[at]) + shift) % 10}${nif.slice(at + 1)}`;

  it('any 8 digits starting 1, 2 or 3 plus their check digit make a valid NIF', () => {
    fc.assert(
      fc.property(firstEight, (prefix) => {
        expect(isValidNif(`${prefix}${nifCheckDigit(prefix)}`)).toBe(true);
      }),
    );
  });

  it('changing any one digit makes it invalid, whenever the check digit is not 0', () => {
    // Each weight (2–9) times a change of 1–9 is never a multiple of 11, so the remainder always moves, and
    // with a check digit of 1–9 there is one remainder per check digit.
    const notZero = firstEight.filter((prefix) => nifCheckDigit(prefix) !== 0);
    fc.assert(
      fc.property(notZero, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (prefix, at, shift) => {
        expect(isValidNif(changeDigit(`${prefix}${nifCheckDigit(prefix)}`, at, shift))).toBe(false);
      }),
    );
  });

  it('lets a changed digit through only between two NIFs that both end in 0', () => {
    // The rule's known blind spot: remainders 0 and 1 both give check digit 0 (11 → 0, 10 → 0).
    expect(isValidNif('258073500')).toBe(true);
    expect(isValidNif('758073500')).toBe(true);
    fc.assert(
      fc.property(firstEight, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (prefix, at, shift) => {
        const nif = `${prefix}${nifCheckDigit(prefix)}`;
        const changed = changeDigit(nif, at, shift);
        if (isValidNif(changed)) expect([nif[8], changed[8]]).toEqual(['0', '0']);
      }),
    );
  });
});
