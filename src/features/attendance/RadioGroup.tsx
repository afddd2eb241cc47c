import { RadioGroupField } from './form/RadioGroupField.tsx';

interface RadioGroupProps<V extends string> {
  /** The DOM id of the fieldset (an error summary links here), its test id, and the radios' name. */
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: V; label: string }[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string | null;
}

/**
 * The attendance's own questions (priority, identity document, payment…) as the form's radio groups,
 * typed on their codes: the same fieldset, 44 px rows and error beside it as every form field.
 */
export function RadioGroup<V extends string>({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
}: RadioGroupProps<V>) {
  return (
    <RadioGroupField
      id={id}
      label={legend}
      hint={hint ?? null}
      error={error ?? null}
      optional={false}
      options={options}
      selected={value}
      // Only the options' own values come back, and those are V.
      onSelect={(chosen) => onChange(chosen as V)}
    />
  );
}
