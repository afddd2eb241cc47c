import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/t.ts';

export interface RadioOption<V extends string> {
  value: V;
  label: ComponentChildren;
}

interface RadioGroupProps<V extends string> {
  /** The DOM id of the fieldset (an error summary links here) and the radios' name. */
  id: string;
  legend: string;
  hint?: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string | null;
}

/** A labelled choice of one, as a fieldset of radios (44 px rows), with its error beside it. */
export function RadioGroup<V extends string>({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
}: RadioGroupProps<V>) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter((part) => part !== null);
  return (
    <fieldset
      id={id}
      class={error ? 'field radio-group field-invalid' : 'field radio-group'}
      tabIndex={-1}
      aria-describedby={described.length > 0 ? described.join(' ') : undefined}
      data-testid={id}
    >
      <legend class="field-label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} class="radio">
          <input
            type="radio"
            name={id}
            value={option.value}
            data-testid={`${id}-${option.value}`}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
