import type { IdentityCheck } from './AttendanceState.ts';
import { IDENTITY_DOCUMENTS } from './attendanceTerms.ts';

export type IdentityProblem = 'identity-missing' | 'identity-document' | 'identity-last4';

const LAST4 = /^[0-9A-Z]{4}$/;

/** The identity record: a known document kind and exactly 4 letters or digits, upper case. */
export function checkIdentity(identity: Partial<IdentityCheck> | null | undefined): IdentityProblem | null {
  if (!identity?.document) return 'identity-missing';
  if (!(IDENTITY_DOCUMENTS as readonly string[]).includes(identity.document)) return 'identity-document';
  if (typeof identity.last4 !== 'string' || !LAST4.test(identity.last4)) return 'identity-last4';
  return null;
}

/** The identity record once `checkIdentity` finds nothing wrong with it. */
export function completeIdentity(identity: Partial<IdentityCheck> | null): IdentityCheck | null {
  return identity && checkIdentity(identity) === null ? (identity as IdentityCheck) : null;
}

/** What the mediator typed as the last 4 characters, as it is kept: spaces dropped, upper case. */
export function normaliseLast4(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
