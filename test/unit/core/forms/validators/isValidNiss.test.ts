import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNiss, nissCheckDigit, nissProblem } from '../../../../../src/core/forms/validators/isValidNiss.ts';

describe('isValidNiss', () => {
  it('accepts NISS whose check digit was worked out by hand', () => {
    // Σ of the weights 29+23+19+17+13+11+7+5+3+2 = 129; 9 − (129 mod 10) = 0.
    expect(isValidNiss('11111111110')).toBe(true);
    // 1·29+2·23+3·19+4·17+5·13+6·11+7·7+8·5+9·3+0·2 = 447; 9 − 7 = 2.
    expect(isValidNiss('12345678902')).toBe(true);
    // A collective body: 2·29 = 58; 9 − 8 = 1.
    expect(isValidNiss('20000000001')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong first digit or a wrong length', () => {
    expect(nissProblem('12345678901')).toBe('check-digit');
    expect(nissProblem('31111111110')).toBe('format');
    expect(nissProblem('1111111111')).toBe('format');
    expect(nissProblem('111 111 111 10')).toBe('format');
  });

  it('any ten digits starting 1 or 2 plus their check digit are valid, and changing one digit breaks it', () => {
    const firstTen = fc
      .tuple(fc.constantFrom('1', '2'), fc.stringMatching(/^\d{9}$/))
      .map(([first, rest]) => `${first}${rest}`);
    // Positions whose weight is prime to 10 (29, 23, 19, 17, 13, 11, 7, 3) and the check digit itself; the
    // first digit is pinned to 1 or 2 by the format.
    const guarded = fc.constantFrom(1, 2, 3, 4, 5, 6, 8, 10);
    fc.assert(
      fc.property(firstTen, guarded, fc.integer({ min: 1, max: 9 }), (prefix, at, shift) => {
        const niss = `${prefix}${nissCheckDigit(prefix)}`;
        expect(isValidNiss(niss)).toBe(true);
        const changed = `${niss.slice(0, at)}${(Number(niss[at]) + shift) % 10}${niss.slice(at + 1)}`;
        expect(isValidNiss(changed)).toBe(false);
      }),
    );
  });

  it('cannot see every change to the digits weighted 5 and 2, as the rule itself cannot', () => {
    // 5 × an even change and 2 × a change of 5 are multiples of 10: the published rule's blind spot.
    expect(isValidNiss('10000000000')).toBe(true);
    expect(isValidNiss('10000004000')).toBe(true);
    expect(isValidNiss('10000000050')).toBe(true);
  });
});
