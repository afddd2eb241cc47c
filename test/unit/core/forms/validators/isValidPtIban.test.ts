import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPtIban, ptIbanProblem } from '../../../../../src/core/forms/validators/isValidPtIban.ts';

const BANCO_DE_PORTUGAL_EXAMPLE = 'PT50 0002 0123 1234 5678 9015 4';

describe('isValidPtIban', () => {
  it("accepts Banco de Portugal's example, spaced, compact or in lower case", () => {
    expect(isValidPtIban(BANCO_DE_PORTUGAL_EXAMPLE)).toBe(true);
    expect(isValidPtIban(BANCO_DE_PORTUGAL_EXAMPLE.replaceAll(' ', ''))).toBe(true);
    expect(isValidPtIban(BANCO_DE_PORTUGAL_EXAMPLE.toLowerCase())).toBe(true);
  });

  it('tells a wrong shape from wrong check digits', () => {
    expect(ptIbanProblem('PT50 0002 0123 1234 5678 9015 5')).toBe('check-digits');
    expect(ptIbanProblem('PT51 0002 0123 1234 5678 9015 4')).toBe('format');
    expect(ptIbanProblem('ES50 0002 0123 1234 5678 9015 4')).toBe('format');
    expect(ptIbanProblem('PT50 0002 0123 1234 5678 9015')).toBe('format');
    expect(ptIbanProblem('0002 0123 1234 5678 9015 4')).toBe('format');
  });

  it('refuses the example with any one digit changed', () => {
    const compact = BANCO_DE_PORTUGAL_EXAMPLE.replaceAll(' ', '');
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 24 }), fc.integer({ min: 1, max: 9 }), (at, shift) => {
        const changed = `${compact.slice(0, at)}${(Number(compact[at]) + shift) % 10}${compact.slice(at + 1)}`;
        expect(isValidPtIban(changed)).toBe(false);
      }),
    );
  });

  it('refuses the example with two neighbouring different digits swapped', () => {
    const compact = BANCO_DE_PORTUGAL_EXAMPLE.replaceAll(' ', '');
    for (let at = 4; at < compact.length - 1; at++) {
      if (compact[at] === compact[at + 1]) continue;
      const swapped = `${compact.slice(0, at)}${compact[at + 1]}${compact[at]}${compact.slice(at + 2)}`;
      expect(isValidPtIban(swapped)).toBe(false);
    }
  });
});
