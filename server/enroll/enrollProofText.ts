import { normaliseEnrollCode } from './normaliseEnrollCode.ts';

/**
 * What a device signs with its new key to enroll: proof that it holds the private half of the key it
 * sends, bound to the code so the proof cannot be replayed with another one.
 */
export function enrollProofText(code: string): string {
  return `balcao-enroll-v1\n${normaliseEnrollCode(code)}`;
}
