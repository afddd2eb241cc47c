/** A Portuguese postal code, CTT's NNNN-NNN (the first digit is never 0), with the dash. */
export function isValidPostalCode(value: string): boolean {
  return /^[1-9]\d{3}-\d{3}$/.test(value);
}
