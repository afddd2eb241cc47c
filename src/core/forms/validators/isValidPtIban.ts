// A Portuguese IBAN (ISO 13616): PT50 and the 21-digit NIB. PT's check digits are always 50, because the
// NIB carries its own mod-97 check; the ISO check (the number rearranged mod 97 = 1) covers both.

/** Letters count 10 (A) to 35 (Z) in the ISO 13616 check. */
const letterValue = (letter: string) => letter.charCodeAt(0) - 55;

export type PtIbanProblem = 'format' | 'check-digits';

/** What is wrong with a Portuguese IBAN, or null when it is valid; spaces and case are ignored. */
export function ptIbanProblem(value: string): PtIbanProblem | null {
  const compact = value.replaceAll(' ', '').toUpperCase();
  if (!/^PT50\d{21}$/.test(compact)) return 'format';
  const rearranged = `${compact.slice(4)}${letterValue('P')}${letterValue('T')}${compact.slice(2, 4)}`;
  // Digit by digit, so the 27-digit number never leaves the safe-integer range.
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1 ? null : 'check-digits';
}

export function isValidPtIban(value: string): boolean {
  return ptIbanProblem(value) === null;
}
