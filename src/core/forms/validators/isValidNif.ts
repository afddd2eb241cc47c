// The NIF (Número de Identificação Fiscal) as the Autoridade Tributária assigns it: 9 digits, the first
// one or two saying what kind of taxpayer it is, the last a mod-11 check digit over the first eight.

/** First digits the tax authority assigns; anything else is a typing mistake. */
const PREFIXES = [
  '1', // individuals
  '2', // individuals
  '3', // individuals (opened when the 1 and 2 ranges filled up)
  '45', // non-resident individuals with income taxed at source
  '5', // companies (pessoas colectivas)
  '6', // public administration bodies
  '70', // undivided estates (heranças indivisas)
  '71', // non-resident companies with income taxed at source
  '72', // investment funds
  '74', // undivided estates
  '75', // undivided estates
  '77', // numbers the tax authority assigns of its own motion
  '78', // non-residents in the VAT refund scheme
  '79', // exceptional scheme (Expo 98)
  '8', // sole traders (empresário em nome individual): no longer assigned, still found on old records
  '90', // condominiums and irregular partnerships
  '91', // condominiums and irregular partnerships
  '98', // non-residents without a permanent establishment
  '99', // civil partnerships without legal personality
] as const;

export type NifProblem = 'format' | 'prefix' | 'check-digit';

/** The check digit of a NIF from its first eight digits: 11 − (Σ dᵢ·(10−i) mod 11), and 10 or 11 give 0. */
export function nifCheckDigit(firstEight: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * (9 - i);
  const check = 11 - (sum % 11);
  return check >= 10 ? 0 : check;
}

/** What is wrong with a NIF, or null when it is valid. Exact: no spaces, no letters, no "PT" prefix. */
export function nifProblem(value: string): NifProblem | null {
  if (!/^\d{9}$/.test(value)) return 'format';
  if (!PREFIXES.some((prefix) => value.startsWith(prefix))) return 'prefix';
  return nifCheckDigit(value.slice(0, 8)) === Number(value[8]) ? null : 'check-digit';
}

export function isValidNif(value: string): boolean {
  return nifProblem(value) === null;
}
