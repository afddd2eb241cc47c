// The one judgement of a completed request, run by the app before it seals and by the hub after it
// opens (issue 4: "the hub refuses exactly what the app refuses"). Pure: the caller brings the service
// and the form version the request names.
import type { Form, Service } from '../catalog/catalogSchema.ts';
import { type AnswerError, validateAnswers } from '../forms/validateAnswers.ts';
import { visibleFields } from '../forms/visibleFields.ts';
import { checkIdentity, type IdentityProblem } from './checkIdentity.ts';
import { checkPayment, type PaymentProblem } from './checkPayment.ts';
import { BIRTH_DATE_FIELD } from './citizenBirthDate.ts';
import type { RequestPayload } from './RequestPayload.ts';
import { ageOnDay, requestFee } from './requestFee.ts';

export type RequestProblem =
  | { code: 'answers'; errors: AnswerError[] }
  | { code: IdentityProblem | PaymentProblem }
  | { code: 'form-mismatch' | 'fee-unknown' | 'fee-mismatch' | 'attachment-unlisted' | 'consent-missing' };

export function checkRequest(payload: RequestPayload, service: Service, form: Form): RequestProblem[] {
  const problems: RequestProblem[] = [];
  if (
    payload.serviceId !== service.id ||
    payload.form.id !== form.id ||
    payload.form.version !== form.version ||
    // The form must be the service's own (or the shared one it names): not another service's form.
    service.formId !== form.id
  ) {
    return [{ code: 'form-mismatch' }];
  }
  const answers = validateAnswers(form.definition, payload.answers);
  if (!answers.ok) problems.push({ code: 'answers', errors: answers.errors });

  const identity = checkIdentity(payload.identity);
  if (identity) problems.push({ code: identity });

  const birthDate = payload.answers[BIRTH_DATE_FIELD];
  const answeredAge = ageOnDay(typeof birthDate === 'string' ? birthDate : null, payload.day);
  const { fee } = requestFee(service, payload.fee);
  if (!fee) problems.push({ code: 'fee-unknown' });
  else if (
    fee.amountCents !== payload.fee.amountCents ||
    !sameSplit(fee.split, payload.fee.split) ||
    // The age the fee used must be the form's, where the form asks for the birth date.
    (answeredAge !== null && payload.fee.age !== answeredAge)
  ) {
    problems.push({ code: 'fee-mismatch' });
  } else {
    const payment = checkPayment(payload.payment, payload.fee.amountCents);
    if (payment) problems.push({ code: payment });
  }

  const listed = new Set(payload.attachments.map((a) => a.id));
  for (const { field } of visibleFields(form.definition, payload.answers)) {
    if (field.kind !== 'attachment') continue;
    const ids = payload.answers[field.id];
    if (Array.isArray(ids) && ids.some((id) => !listed.has(id))) problems.push({ code: 'attachment-unlisted' });
  }
  if (!(payload.consentAt > 0)) problems.push({ code: 'consent-missing' });
  return problems;
}

function sameSplit(a: readonly { entityId: string; amountCents: number }[], b: readonly unknown[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
