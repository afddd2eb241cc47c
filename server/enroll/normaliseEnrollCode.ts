/**
 * A code as typed (`abcd efgh-jklm`) in the one form the hub hashes and the device signs: upper case,
 * without the spaces and dashes a person puts in. The device must sign exactly this form.
 */
export function normaliseEnrollCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
