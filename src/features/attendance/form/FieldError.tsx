import { t } from '../../../i18n/t.ts';

/** An error beside its field, said as an error to screen readers too (not by its colour alone). */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} class="field-error">
      <span class="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}
