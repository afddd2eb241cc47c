import type { AttendanceState, AttendanceStep } from '../../core/attendance/AttendanceState.ts';
import { citizenBirthDate } from '../../core/attendance/citizenBirthDate.ts';
import { ageOnDay, requestFee } from '../../core/attendance/requestFee.ts';
import type { Text } from '../../core/catalog/textSchema.ts';
import type { CitizenField, CitizenTyping, CitizenView } from '../../core/citizen/CitizenView.ts';
import { TYPED_MAX_LENGTH } from '../../core/citizen/citizenProtocol.ts';
import type { FormField } from '../../core/forms/formDefinitionSchema.ts';
import { visibleFields } from '../../core/forms/visibleFields.ts';
import { LOCALES, type Locale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/t.ts';
import { answerText } from '../attendance/answers/answerText.ts';
import { isTextLike } from './isTextLike.ts';

export interface AttendanceViewContext {
  steps: readonly AttendanceStep[];
  index: number;
  title: (step: AttendanceStep, locale: Locale) => string;
  entity: string | null;
  day: string;
  /** The form field the mediator is in, by its id, for "citizen types". */
  focusedFieldId: string | null;
}

/**
 * What the citizen's screen shows of an attendance at its current step: where it is, the answers of the
 * step (of every step on the review), the fee, and the field the citizen types in. A personal answer is
 * sent only when the mediator chose to show it; otherwise it leaves this window as a mask.
 */
export function attendanceCitizenView(state: AttendanceState, context: AttendanceViewContext): CitizenView {
  const step = context.steps[context.index] ?? { id: 'start' };
  const fee = state.service
    ? requestFee(state.service, { ...state.fee, age: ageOnDay(citizenBirthDate(state), context.day) }).fee
    : null;
  return {
    kind: 'attendance',
    service: state.service?.name ?? null,
    entity: context.entity,
    step: {
      kind: step.id,
      number: context.index + 1,
      count: context.steps.length,
      title: both((locale) => context.title(step, locale)),
    },
    fields: stepFields(state, step),
    feeCents: fee?.amountCents ?? null,
    typing: typing(state, step, context.focusedFieldId),
  };
}

function stepFields(state: AttendanceState, step: AttendanceStep): CitizenField[] {
  const sees = state.citizenSees === true;
  if (step.id === 'checklist')
    return (state.service?.documents ?? []).map((doc) => ({
      id: `doc-${doc.id}`,
      label: doc.name,
      value: both((locale) => translate(locale, state.brought[doc.id] ? 'citizen.doc.brought' : 'citizen.doc.missing')),
      masked: false,
    }));
  if (step.id === 'identity') {
    const { document, last4 } = state.identity ?? {};
    return [
      {
        id: 'identity-document',
        label: both((locale) => translate(locale, 'attendance.identity.documentLegend')),
        value: document ? both((locale) => translate(locale, `attendance.document.${document}`)) : null,
        masked: false,
      },
      {
        id: 'identity-last4',
        label: both((locale) => translate(locale, 'attendance.identity.last4')),
        value: sees && last4 ? { pt: last4, en: last4 } : null,
        masked: !sees && Boolean(last4),
      },
    ];
  }
  if (step.id !== 'form' && step.id !== 'review') return [];
  const form = state.form;
  if (!form) return [];
  const wanted = step.id === 'form' ? form.definition.steps[step.index] : null;
  return visibleFields(form.definition, state.answers)
    .filter((visible) => wanted === null || visible.step === wanted)
    .filter((visible) => visible.field.kind !== 'attachment' || step.id === 'review')
    .map(({ field }) => fieldView(field, state.answers[field.id], sees));
}

function fieldView(field: FormField, raw: unknown, sees: boolean): CitizenField {
  const pt = answerText(field, raw, 'pt');
  const en = answerText(field, raw, 'en');
  const answered = pt !== null && en !== null;
  const masked = answered && field.personal && !sees && field.kind !== 'attachment';
  return { id: field.id, label: field.label, value: answered && !masked ? { pt, en } : null, masked };
}

function typing(state: AttendanceState, step: AttendanceStep, focusedFieldId: string | null): CitizenTyping | null {
  if (!state.citizenTypes || step.id !== 'form' || !state.form) return null;
  const wanted = state.form.definition.steps[step.index];
  const fields = visibleFields(state.form.definition, state.answers)
    .filter((visible) => visible.step === wanted && isTextLike(visible.field))
    .map((visible) => visible.field);
  const field = fields.find((candidate) => candidate.id === focusedFieldId) ?? fields[0];
  if (!field) return null;
  const raw = state.answers[field.id];
  return {
    fieldId: field.id,
    label: field.label,
    value: typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '',
    maxLength: Math.min(field.maxLength ?? TYPED_MAX_LENGTH, TYPED_MAX_LENGTH),
  };
}

function both(text: (locale: Locale) => string): Text {
  const [pt, en] = LOCALES.map(text) as [string, string];
  return { pt, en };
}
