import { t } from '../../../i18n/t.ts';
import { FieldError } from './FieldError.tsx';
import { fieldDescription } from './fieldDescription.ts';
import type { RadioOption } from './RadioGroupField.tsx';

interface SelectFieldProps {
  id: string;
  label: string;
  hint: string | null;
  error: string | null;
  optional: boolean;
  options: readonly (RadioOption & { value: string })[];
  selected: unknown;
  onSelect: (value: string) => void;
}

/** A choice among many (more than fit in view as radios): a list that opens, starting on "Escolha uma opção". */
export function SelectField({ id, label, hint, error, optional, options, selected, onSelect }: SelectFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescription(id, { hint: hint !== null, error: error !== null });
  const value = typeof selected === 'string' && options.some((option) => option.value === selected) ? selected : '';
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id} class="field-label">
        {label}
        {optional && <span class="field-optional"> {t('form.optional')}</span>}
      </label>
      {hint !== null && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error !== null && <FieldError id={errorId} message={error} />}
      <select
        id={id}
        class="text-input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={id}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        <option value="">{t('form.field.chooseOption')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
