import type { Service } from '../catalog/catalogSchema.ts';
import { ageOn } from '../eligibility/ageOn.ts';
import { type FeeAnswer, feeFor } from '../fees/feeFor.ts';
import { splitFee } from '../fees/splitFee.ts';
import { SPOT_CHANNEL } from './attendanceTerms.ts';
import type { RequestFee } from './RequestPayload.ts';

export interface FeeChoice {
  variant: string | null;
  exemptionId: string | null;
  /** The citizen's age in whole years on the day of the request, when known. */
  age: number | null;
}

/**
 * The fee of a request at a spot, from the catalog's rules, and its split. `fee` is null when the
 * catalog cannot say (no rule, or the rule needs an age that is not known): the request cannot be
 * completed until the mediator settles it, because "unknown" is never taken as free.
 */
export function requestFee(service: Service, choice: FeeChoice): { answer: FeeAnswer; fee: RequestFee | null } {
  // A waiver the service no longer lists (a later catalog dropped it): the catalog cannot say the fee.
  if (choice.exemptionId !== null && !service.exemptions.some((e) => e.id === choice.exemptionId)) {
    return { answer: { kind: 'unknown' }, fee: null };
  }
  const answer = feeFor(service, {
    channel: SPOT_CHANNEL,
    ...(choice.variant !== null && { variant: choice.variant }),
    ...(choice.age !== null && { age: choice.age }),
    ...(choice.exemptionId !== null && { exemptionId: choice.exemptionId }),
  });
  if (answer.kind !== 'fee' && answer.kind !== 'waived') return { answer, fee: null };
  return {
    answer,
    fee: {
      amountCents: answer.amountCents,
      variant: answer.rule?.variant ?? choice.variant,
      exemptionId: answer.kind === 'waived' ? answer.exemption.id : null,
      age: choice.age,
      split: answer.amountCents > 0 && service.split.length > 0 ? splitFee(answer.amountCents, service.split) : [],
    },
  };
}

/** Whole years on `day`, or null when the birth date is missing, malformed or after the day. */
export function ageOnDay(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  try {
    const age = ageOn(birthDate, day);
    return age >= 0 ? age : null;
  } catch {
    return null;
  }
}
