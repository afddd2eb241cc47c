import { randomBytes } from 'node:crypto';
import { ENROLL_CODE_ALPHABET } from './ENROLL_CODE_ALPHABET.ts';

const LENGTH = 12;

/**
 * A fresh one-time enrollment code, `ABCD-EFGH-JKLM`: 12 characters, 60 random bits, far beyond guessing
 * through the API within the code's 24 hours. The dashes are for reading aloud; they do not count.
 */
export function newEnrollCode(): string {
  const chars = [...randomBytes(LENGTH)].map((byte) => ENROLL_CODE_ALPHABET[byte % ENROLL_CODE_ALPHABET.length]);
  return [0, 4, 8].map((start) => chars.slice(start, start + 4).join('')).join('-');
}
