import type { JSX, Ref } from 'preact';
import { t } from '../i18n/t.ts';

type InputProps = Omit<
  JSX.InputHTMLAttributes<HTMLInputElement>,
  'id' | 'class' | 'ref' | 'aria-describedby' | 'aria-invalid'
>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  hint?: string;
  /** Shown beside the field (between its label and the input) and tied to it for screen readers. */
  error?: string | null;
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and its error beside it; the error summary links here by `id`. */
export function TextField({ id, label, hint, error, optional = false, inputRef, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter((part) => part !== null).join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id} class="field-label">
        {label}
        {optional && <span class="field-optional"> {t('form.optional')}</span>}
      </label>
      {hintId && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} class="field-error">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <input
        ref={inputRef ?? null}
        id={id}
        class="text-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        {...input}
      />
    </div>
  );
}
