import type { AttendanceState } from './AttendanceState.ts';

/** The form field that holds the citizen's birth date, where a form asks for it. */
export const BIRTH_DATE_FIELD = 'birth-date';

/**
 * The citizen's birth date as far as the attendance knows it: the form's answer first (it is what the
 * hub sees, and the fee's age must agree with it), else the eligibility facts.
 */
export function citizenBirthDate(state: Pick<AttendanceState, 'eligibility' | 'answers'>): string | null {
  const answered = state.answers[BIRTH_DATE_FIELD];
  if (typeof answered === 'string' && answered.trim() !== '') return answered.trim();
  return state.eligibility.birthDate !== '' ? state.eligibility.birthDate : null;
}
