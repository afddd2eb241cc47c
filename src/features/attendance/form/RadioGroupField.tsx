import { FieldError } from './FieldError.tsx';
import { FieldLegend } from './FieldLegend.tsx';
import { fieldDescription } from './fieldDescription.ts';

export interface RadioOption {
  value: string | boolean;
  label: string;
}

interface RadioGroupFieldProps {
  /** `field-${fieldId}`: the fieldset's id and test id; each radio's test id adds `-${value}`. */
  id: string;
  label: string;
  hint: string | null;
  error: string | null;
  optional: boolean;
  options: readonly RadioOption[];
  selected: unknown;
  onSelect: (value: string | boolean) => void;
}

/** A question answered by one of a few options, all in view: a fieldset whose legend asks it. */
export function RadioGroupField({
  id,
  label,
  hint,
  error,
  optional,
  options,
  selected,
  onSelect,
}: RadioGroupFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescription(id, { hint: hint !== null, error: error !== null });
  return (
    <fieldset
      id={id}
      class={error ? 'field radio-group field-invalid' : 'field radio-group'}
      // The error summary's link focuses the group, so its legend and error are read out.
      tabIndex={-1}
      aria-describedby={describedBy}
      data-testid={id}
    >
      <FieldLegend label={label} optional={optional} />
      {hint !== null && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error !== null && <FieldError id={errorId} message={error} />}
      {options.map((option) => (
        <label key={String(option.value)} class="radio">
          <input
            type="radio"
            name={id}
            value={String(option.value)}
            checked={selected === option.value}
            aria-invalid={error ? true : undefined}
            data-testid={`${id}-${String(option.value)}`}
            onChange={() => onSelect(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
