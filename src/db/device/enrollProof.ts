// The proof of possession a device sends with its public key at enrollment: the enrollment code,
// normalised, signed with the new private key. It shows the hub that whoever holds the code also holds
// the key, so a code seen over a shoulder cannot enroll someone else's key.
// The hub builds the same text; it belongs beside signedCallText in src/core/deviceAuth/ once both sides agree.

export const ENROLL_PROOF_TAG = 'balcao-enroll-v1';

/** A code as the coordinator reads it out ("ab12-cd34", "AB12 CD34") in the one form the hub keeps. */
export function normaliseEnrollCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/** The text the device signs to prove it holds the key it enrolls. */
export function enrollProofText(code: string): string {
  return `${ENROLL_PROOF_TAG}\n${normaliseEnrollCode(code)}`;
}
