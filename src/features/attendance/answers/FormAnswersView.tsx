import './answers.css';
import type { AttachmentRef } from '../../../core/attendance/RequestPayload.ts';
import type { Form } from '../../../core/catalog/catalogSchema.ts';
import type { FormField, FormStep } from '../../../core/forms/formDefinitionSchema.ts';
import { visibleFields } from '../../../core/forms/visibleFields.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import { useLocale } from '../../../i18n/useLocale.ts';
import { answerText } from './answerText.ts';

export interface FormAnswersViewProps {
  form: Form;
  answers: Readonly<Record<string, unknown>>;
  /** The request's attachments by id, for their sizes; without it attachments are only counted. */
  attachments?: ReadonlyMap<string, AttachmentRef>;
}

/**
 * A form's answers to read, not to change (the review with the citizen, a completed request): one list per
 * step, only the fields the answers make visible, each value written for people.
 */
export function FormAnswersView({ form, answers, attachments }: FormAnswersViewProps) {
  const locale = useLocale();
  const steps = new Map<FormStep, FormField[]>();
  for (const { step, field } of visibleFields(form.definition, answers)) {
    steps.set(step, [...(steps.get(step) ?? []), field]);
  }
  return (
    <div class="answers" data-testid="answers">
      {[...steps].map(([step, fields]) => (
        <section key={step.id} class="answers-step">
          <h3>{pickText(step.title, locale)}</h3>
          <dl class="answers-list">
            {fields.map((field) => {
              const text = answerText(field, answers[field.id], locale, attachments);
              return (
                <div key={field.id}>
                  <dt>{pickText(field.label, locale)}</dt>
                  <dd data-testid={`answer-${field.id}`}>
                    {text ?? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span class="visually-hidden">{t('answers.blank')}</span>
                      </>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
