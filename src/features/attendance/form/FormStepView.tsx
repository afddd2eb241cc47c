import './form.css';
import { ErrorSummary } from '../../../app/ErrorSummary.tsx';
import type { Form } from '../../../core/catalog/catalogSchema.ts';
import type { AnswerError } from '../../../core/forms/validateAnswers.ts';
import { visibleFields } from '../../../core/forms/visibleFields.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import { useLocale } from '../../../i18n/useLocale.ts';
import type { AttachmentControl } from './AttachmentControl.ts';
import { FormFieldControl } from './FormFieldControl.tsx';
import { ReadOnlyAnswer } from './ReadOnlyAnswer.tsx';

export interface FormStepViewProps {
  form: Form;
  stepIndex: number;
  answers: Readonly<Record<string, unknown>>;
  /** Errors to show for this step (the lead passes validateAnswers' errors filtered to this step once the mediator tried to go on). */
  errors: readonly AnswerError[];
  /** Changes at every refused "Seguinte": the summary takes the focus again. */
  attempt: number;
  onAnswer: (fieldId: string, value: unknown) => void;
  attachments: AttachmentControl;
  readOnly?: boolean;
}

/**
 * One step of a service's form: its title, what stopped it (linked to each field), and the questions
 * showing for the answers so far. A field whose condition stops holding disappears; its answer stays in
 * `answers` (the validation ignores hidden fields), so changing one's mind back loses nothing typed.
 */
export function FormStepView({
  form,
  stepIndex,
  answers,
  errors,
  attempt,
  onAnswer,
  attachments,
  readOnly = false,
}: FormStepViewProps) {
  useLocale();
  const step = form.definition.steps[stepIndex];
  if (!step) throw new RangeError(`form ${form.id} v${form.version} has no step ${stepIndex}`);
  const fields = visibleFields(form.definition, answers)
    .filter((visible) => visible.step.id === step.id)
    .map((visible) => visible.field);
  // An error about a field no longer showing would link to nothing.
  const shown = errors.filter((error) => fields.some((field) => field.id === error.fieldId));
  const errorAt = (fieldId: string) => {
    const error = shown.find((candidate) => candidate.fieldId === fieldId);
    return error ? pickText(error.message) : null;
  };
  const titleId = `form-step-${step.id}-title`;

  return (
    <section class="form-step" aria-labelledby={titleId} data-testid="form-step" data-step={step.id}>
      {!readOnly && shown.length > 0 && (
        <ErrorSummary
          title={t('form.step.errorTitle')}
          items={shown.map((error) => ({ fieldId: `field-${error.fieldId}`, message: pickText(error.message) }))}
          attempt={attempt}
          data-testid="form-errors"
          data-code={shown.map((error) => `${error.fieldId}:${error.code}`).join(' ')}
        />
      )}
      <h2 id={titleId} class="form-step-title" data-testid="form-step-title">
        {pickText(step.title)}
      </h2>
      {readOnly ? (
        <dl class="answers" data-testid="form-answers">
          {fields.map((field) => (
            <ReadOnlyAnswer key={field.id} field={field} answer={answers[field.id]} refs={attachments.refs} />
          ))}
        </dl>
      ) : (
        <div class="form-fields">
          {fields.map((field) => (
            <FormFieldControl
              key={field.id}
              field={field}
              answer={answers[field.id]}
              error={errorAt(field.id)}
              onAnswer={onAnswer}
              attachments={attachments}
            />
          ))}
        </div>
      )}
    </section>
  );
}
