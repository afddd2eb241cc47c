// The proof of possession a device sends with its public key at enrollment: the enrollment code,
// normalised, signed with the new private key. It shows the hub that whoever holds the code also holds
// the key, so a code seen over a shoulder cannot enroll someone else's key. Device and hub build it here.

export const ENROLL_PROOF_TAG = 'balcao-enroll-v1';

/**
 * A code as typed or read out (`abcd efgh-jklm`) in the one form the hub hashes and the device signs:
 * upper case, without the spaces and dashes a person puts in.
 */
export function normaliseEnrollCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/** The text the device signs to prove it holds the key it enrolls. */
export function enrollProofText(code: string): string {
  return `${ENROLL_PROOF_TAG}\n${normaliseEnrollCode(code)}`;
}
