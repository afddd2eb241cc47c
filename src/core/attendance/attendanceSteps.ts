import type { Form, Service } from '../catalog/catalogSchema.ts';
import type { AttendanceStep } from './AttendanceState.ts';

/** Services with an eligibility helper (issue 4, item 2): what the facts allow checking before the form. */
export const ELIGIBILITY_HELPERS: Readonly<Record<string, 'licence-revalidation' | 'citizen-card-renewal'>> = {
  'carta-revalidacao': 'licence-revalidation',
  'cc-renovacao': 'citizen-card-renewal',
};

/**
 * The steps of an attendance for a service, in order, as the step indicator counts them: the checklist,
 * the eligibility helper where there is one, each of the form's steps, identity, fee, review.
 */
export function attendanceSteps(service: Service, form: Form): AttendanceStep[] {
  return [
    { id: 'checklist' },
    ...(ELIGIBILITY_HELPERS[service.id] ? [{ id: 'eligibility' } as const] : []),
    ...form.definition.steps.map((_step, index) => ({ id: 'form', index }) as const),
    { id: 'identity' },
    { id: 'fee' },
    { id: 'review' },
  ];
}

export function sameStep(a: AttendanceStep, b: AttendanceStep): boolean {
  return a.id === b.id && (a.id !== 'form' || (b.id === 'form' && a.index === b.index));
}
