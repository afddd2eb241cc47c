import { TextField } from '../../../app/TextField.tsx';
import type { FormField } from '../../../core/forms/formDefinitionSchema.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import type { AttachmentControl } from './AttachmentControl.ts';
import { AttachmentField } from './AttachmentField.tsx';
import { RadioGroupField } from './RadioGroupField.tsx';
import { SelectField } from './SelectField.tsx';
import { type TextLikeKind, textInputSetup } from './textInputSetup.ts';

/** Up to this many options show as radios, all in view; more become a list that opens. */
const MAX_RADIOS = 6;

interface FormFieldControlProps {
  field: FormField;
  answer: unknown;
  error: string | null;
  onAnswer: (fieldId: string, value: unknown) => void;
  attachments: AttachmentControl;
}

/** One question of the form with the control its kind calls for. The DOM id is `field-${field.id}`. */
export function FormFieldControl({ field, answer, error, onAnswer, attachments }: FormFieldControlProps) {
  const id = `field-${field.id}`;
  const label = pickText(field.label);
  const help = field.help ? pickText(field.help) : null;
  const optional = !field.required;
  const answerWith = (value: unknown) => onAnswer(field.id, value);

  switch (field.kind) {
    case 'choice': {
      const options = (field.options ?? []).map((option) => ({ value: option.value, label: pickText(option.label) }));
      const Control = options.length > MAX_RADIOS ? SelectField : RadioGroupField;
      return (
        <Control
          id={id}
          label={label}
          hint={help}
          error={error}
          optional={optional}
          options={options}
          selected={answer}
          onSelect={answerWith}
        />
      );
    }
    case 'yes-no':
      return (
        <RadioGroupField
          id={id}
          label={label}
          hint={help}
          error={error}
          optional={optional}
          options={[
            { value: true, label: t('form.field.yes') },
            { value: false, label: t('form.field.no') },
          ]}
          selected={answer}
          onSelect={answerWith}
        />
      );
    case 'attachment':
      return (
        <AttachmentField
          id={id}
          field={field}
          label={label}
          help={help}
          error={error}
          ids={answer}
          onAnswer={answerWith}
          attachments={attachments}
        />
      );
    default:
      return (
        <TextLikeField
          field={{ ...field, kind: field.kind }}
          id={id}
          label={label}
          help={help}
          error={error}
          answer={answer}
          answerWith={answerWith}
        />
      );
  }
}

interface TextLikeFieldProps {
  field: FormField & { kind: TextLikeKind };
  id: string;
  label: string;
  help: string | null;
  error: string | null;
  answer: unknown;
  answerWith: (value: unknown) => void;
}

/** Typed answers stay as typed (the core trims and parses them), so nothing the mediator wrote is lost. */
function TextLikeField({ field, id, label, help, error, answer, answerWith }: TextLikeFieldProps) {
  const setup = textInputSetup(field);
  const hint = [help, setup.format ? t(setup.format) : null].filter((part) => part !== null).join(' ');
  const bound = (value: FormField['min']) => (field.kind === 'date' && typeof value === 'string' ? value : undefined);
  return (
    <TextField
      id={id}
      label={label}
      {...(hint === '' ? {} : { hint })}
      error={error}
      optional={!field.required}
      data-testid={id}
      type={setup.type}
      inputmode={setup.inputmode}
      // A shared laptop: the browser must not keep one citizen's answers to offer the next.
      autocomplete={field.personal ? 'off' : undefined}
      spellcheck={setup.code ? false : undefined}
      autocapitalize={setup.autocapitalize}
      min={bound(field.min)}
      max={bound(field.max)}
      value={typeof answer === 'string' ? answer : typeof answer === 'number' ? String(answer) : ''}
      onInput={(event) => answerWith(event.currentTarget.value)}
    />
  );
}
