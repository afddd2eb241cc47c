import { answerValue, isBlank } from './answerValue.ts';
import type { FormField } from './formDefinitionSchema.ts';
import { citizenCardNumberProblem } from './validators/isValidCitizenCardNumber.ts';
import { isValidEmail } from './validators/isValidEmail.ts';
import { nifProblem } from './validators/isValidNif.ts';
import { nissProblem } from './validators/isValidNiss.ts';
import { isValidPostalCode } from './validators/isValidPostalCode.ts';
import { ptIbanProblem } from './validators/isValidPtIban.ts';
import { isValidPtPhone } from './validators/isValidPtPhone.ts';

export type AnswerErrorCode =
  | 'required'
  | 'not-text'
  | 'too-long'
  | 'not-a-number'
  | 'below-min'
  | 'above-max'
  | 'not-a-date'
  | 'before-min'
  | 'after-max'
  | 'not-an-option'
  | 'not-yes-no'
  | 'nif-format'
  | 'nif-prefix'
  | 'nif-check-digit'
  | 'niss-format'
  | 'niss-check-digit'
  | 'postal-code-format'
  | 'phone-format'
  | 'email-format'
  | 'iban-format'
  | 'iban-check-digits'
  | 'document-number-format'
  | 'document-number-check-digit'
  | 'attachment-missing';

/** The longest text a field takes when its definition sets no `maxLength`. */
export const DEFAULT_MAX_LENGTH = 500;

/** A document number of another kind (passport, residence permit): letters, digits, spaces and dashes. */
const OTHER_DOCUMENT = /^[A-Z0-9](?:[A-Z0-9 -]{1,28}[A-Z0-9])$/i;

/** What is wrong with one visible field's answer, or null. The answer is taken as `answerValue` reads it. */
export function checkAnswer(field: FormField, raw: unknown): AnswerErrorCode | null {
  const value = answerValue(field, raw);
  if (isBlank(value)) return field.required ? 'required' : null;
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') return 'not-text';
      return value.length > (field.maxLength ?? DEFAULT_MAX_LENGTH) ? 'too-long' : null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
      return outOfBounds(field, value);
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) return 'not-a-date';
      return outOfBounds(field, value);
    case 'choice':
      return field.options?.some((option) => option.value === value) ? null : 'not-an-option';
    case 'yes-no':
      return typeof value === 'boolean' ? null : 'not-yes-no';
    case 'nif': {
      const problem = typeof value === 'string' ? nifProblem(value) : 'format';
      return problem && `nif-${problem}`;
    }
    case 'niss': {
      const problem = typeof value === 'string' ? nissProblem(value) : 'format';
      return problem && `niss-${problem}`;
    }
    case 'postal-code':
      return typeof value === 'string' && isValidPostalCode(value) ? null : 'postal-code-format';
    case 'phone':
      return typeof value === 'string' && isValidPtPhone(value) ? null : 'phone-format';
    case 'email':
      return typeof value === 'string' && isValidEmail(value) ? null : 'email-format';
    case 'iban': {
      const problem = typeof value === 'string' ? ptIbanProblem(value) : 'format';
      return problem && `iban-${problem}`;
    }
    case 'document-number': {
      if (typeof value !== 'string') return 'document-number-format';
      if (field.document === 'other') return OTHER_DOCUMENT.test(value) ? null : 'document-number-format';
      const problem = citizenCardNumberProblem(value);
      return problem && `document-number-${problem}`;
    }
    case 'attachment':
      // The answer is the id (or ids) of attachments already stored, encrypted, beside the request.
      return isAttachmentIds(value) ? null : 'attachment-missing';
  }
}

function outOfBounds(field: FormField, value: number | string): AnswerErrorCode | null {
  // ISO dates compare as text in calendar order; the definition's check pairs number bounds with numbers.
  if (field.min !== undefined && typeof field.min === typeof value && value < field.min) {
    return field.kind === 'date' ? 'before-min' : 'below-min';
  }
  if (field.max !== undefined && typeof field.max === typeof value && value > field.max) {
    return field.kind === 'date' ? 'after-max' : 'above-max';
  }
  return null;
}

/** A real calendar date written YYYY-MM-DD (2025-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isAttachmentIds(value: unknown): boolean {
  const ids = Array.isArray(value) ? value : [value];
  return ids.every((id) => typeof id === 'string' && id.trim() !== '');
}
