import { createHash } from 'node:crypto';
import { normaliseEnrollCode } from '../../src/core/deviceAuth/enrollProof.ts';

/**
 * What the hub keeps of a code: its SHA-256, so the database (a backup, a support dump) holds no code
 * that could still enroll a device. A fast hash is enough: the code has 60 random bits.
 */
export function hashEnrollCode(typed: string): string {
  return createHash('sha256').update(normaliseEnrollCode(typed), 'utf8').digest('hex');
}
