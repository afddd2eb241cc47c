import { t } from '../../../i18n/t.ts';

/** A group's label: the question, and "(opcional)" when it may stay unanswered. */
export function FieldLegend({ label, optional }: { label: string; optional: boolean }) {
  return (
    <legend class="field-label">
      {label}
      {optional && <span class="field-optional"> {t('form.optional')}</span>}
    </legend>
  );
}
