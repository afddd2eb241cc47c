// What stops the mediator from leaving a step, in words, each tied to the field to fix: the step shows
// them beside the fields and in a summary at the top. The rules are the core's; only the words are here.
import type { SummaryItem } from '../../app/ErrorSummary.tsx';
import type { AttendanceState, AttendanceStep } from '../../core/attendance/AttendanceState.ts';
import { checkIdentity } from '../../core/attendance/checkIdentity.ts';
import { checkPayment } from '../../core/attendance/checkPayment.ts';
import { citizenBirthDate } from '../../core/attendance/citizenBirthDate.ts';
import { ageOnDay, requestFee } from '../../core/attendance/requestFee.ts';
import { isIsoDay } from '../../core/eligibility/isoDay.ts';
import { type AnswerError, validateAnswers } from '../../core/forms/validateAnswers.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';

export const FACT_FIELDS = ['birthDate', 'licenceIssuedOn', 'lastRevalidatedOn', 'cardExpiresOn'] as const;

export function stepProblems(state: AttendanceState, step: AttendanceStep, day: string): SummaryItem[] {
  switch (step.id) {
    case 'start':
      return [];
    case 'service':
      return state.service ? [] : [{ fieldId: 'attendance-service-search', message: t('attendance.service.required') }];
    case 'checklist': {
      const missing = missingDocuments(state);
      return missing.length === 0
        ? []
        : [
            {
              fieldId: `doc-${missing[0]?.id ?? ''}`,
              message: t('attendance.checklist.missing', {
                documents: missing.map((d) => pickText(d.name)).join('; '),
              }),
            },
          ];
    }
    case 'eligibility':
      return FACT_FIELDS.filter((name) => state.eligibility[name] !== '' && !isIsoDay(state.eligibility[name])).map(
        (name) => ({ fieldId: `fact-${name}`, message: t('attendance.eligibility.badDate') }),
      );
    case 'form':
      return formStepErrors(state, step.index).map((error) => ({
        fieldId: `field-${error.fieldId}`,
        message: pickText(error.message),
      }));
    case 'identity': {
      const problem = checkIdentity(state.identity);
      if (!problem) return [];
      const fieldId = problem === 'identity-last4' ? 'identity-last4' : 'identity-document';
      return [{ fieldId, message: t(`attendance.problem.${problem}`) }];
    }
    case 'fee': {
      if (!state.service) return [];
      const { answer, fee } = requestFee(state.service, {
        ...state.fee,
        age: ageOnDay(citizenBirthDate(state), day),
      });
      if (!fee) {
        const message = answer.kind === 'needs-age' ? t('attendance.fee.needsAge') : t('attendance.fee.unknown');
        return [{ fieldId: 'fee-amount', message }];
      }
      const problem = checkPayment(fee.amountCents > 0 ? state.payment : null, fee.amountCents);
      if (!problem) return [];
      const fieldId = problem === 'multibanco-reference' ? 'payment-entity' : 'payment-method';
      return [{ fieldId, message: t(`attendance.problem.${problem}`) }];
    }
    case 'review':
      return state.consent ? [] : [{ fieldId: 'consent', message: t('attendance.review.no-consent') }];
  }
}

/** The answers' errors on one of the form's steps, as the core judges them (hidden fields are not judged). */
export function formStepErrors(state: AttendanceState, index: number): AnswerError[] {
  const formStep = state.form?.definition.steps[index];
  if (!state.form || !formStep) return [];
  const checked = validateAnswers(state.form.definition, state.answers);
  return checked.ok ? [] : checked.errors.filter((error) => error.stepId === formStep.id);
}

/** The documents the service requires that the citizen did not bring. */
export function missingDocuments(state: AttendanceState) {
  return (state.service?.documents ?? []).filter((doc) => !doc.optional && !state.brought[doc.id]);
}
