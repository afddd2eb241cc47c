// The NISS (Número de Identificação da Segurança Social): 11 digits, 1 for a person and 2 for a
// collective body, the last a check digit over the first ten weighted by the primes 29 … 2.

const WEIGHTS = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2] as const;

export type NissProblem = 'format' | 'check-digit';

/** The check digit of a NISS from its first ten digits: 9 − (Σ dᵢ·wᵢ mod 10). */
export function nissCheckDigit(firstTen: string): number {
  const sum = WEIGHTS.reduce((total, weight, i) => total + Number(firstTen[i]) * weight, 0);
  return 9 - (sum % 10);
}

/** What is wrong with a NISS, or null when it is valid. Exact: 11 digits, nothing else. */
export function nissProblem(value: string): NissProblem | null {
  if (!/^[12]\d{10}$/.test(value)) return 'format';
  return nissCheckDigit(value.slice(0, 10)) === Number(value[10]) ? null : 'check-digit';
}

export function isValidNiss(value: string): boolean {
  return nissProblem(value) === null;
}
