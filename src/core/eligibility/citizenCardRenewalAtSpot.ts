import { ageOn } from './ageOn.ts';

/** Service row #5 of the domain README: a Citizen Card is renewed at a spot from 25, with no biometric change. */
export const CC_RENEWAL_AT_SPOT_MIN_AGE = 25;

export interface CitizenCardRenewalAtSpot {
  eligible: boolean;
  /**
   * Only the age can be checked from dates. The other condition — no change of biometric data (photo,
   * fingerprints, signature) — is the mediator's to confirm, and the message says so.
   */
  reason: 'under-25' | null;
}

/** Eligible from the 25th birthday itself (on a 29 February birthday, 1 March in years without one). */
export function citizenCardRenewalAtSpot({
  birthDate,
  today,
}: {
  birthDate: string;
  today: string;
}): CitizenCardRenewalAtSpot {
  const eligible = ageOn(birthDate, today) >= CC_RENEWAL_AT_SPOT_MIN_AGE;
  return { eligible, reason: eligible ? null : 'under-25' };
}
