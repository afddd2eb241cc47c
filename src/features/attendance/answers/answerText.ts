import type { AttachmentRef } from '../../../core/attendance/RequestPayload.ts';
import { answerValue, isBlank } from '../../../core/forms/answerValue.ts';
import { isIsoDate } from '../../../core/forms/checkAnswer.ts';
import type { FormField } from '../../../core/forms/formDefinitionSchema.ts';
import { formatDay } from '../../../i18n/formatDate.ts';
import { numberFormat, pluralRules } from '../../../i18n/intlFormat.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { translate } from '../../../i18n/t.ts';

/**
 * One answer as a person reads it, or null when there is none: a date in words, yes or no, a choice by
 * its label, a number as the language writes it, attachments counted with their size. An answer the
 * field cannot take (an old draft, a changed form) is shown as it is, never hidden.
 */
export function answerText(
  field: FormField,
  raw: unknown,
  locale: Locale,
  attachments?: ReadonlyMap<string, AttachmentRef>,
): string | null {
  const value = answerValue(field, raw);
  if (isBlank(value)) return null;
  switch (field.kind) {
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? formatDay(value, locale) : String(value);
    case 'yes-no':
      if (typeof value !== 'boolean') return String(value);
      return translate(locale, value ? 'answers.yes' : 'answers.no');
    case 'choice': {
      const option = field.options?.find((candidate) => candidate.value === value);
      return option ? pickText(option.label, locale) : String(value);
    }
    case 'number':
      return typeof value === 'number' ? numberFormat(locale).format(value) : String(value);
    case 'iban':
      // Printed in groups of four, as on a bank statement, so it can be checked against the citizen's card.
      return typeof value === 'string' ? value.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ') : String(value);
    case 'attachment':
      return attachmentsText(Array.isArray(value) ? value : [value], locale, attachments);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** "2 imagens (340 kB)"; without the size when an attachment is not in the map given. */
function attachmentsText(ids: readonly unknown[], locale: Locale, attachments?: ReadonlyMap<string, AttachmentRef>) {
  const count = ids.length;
  const key = pluralRules(locale).select(count) === 'one' ? 'answers.images.one' : 'answers.images.other';
  const images = translate(locale, key, { count: numberFormat(locale).format(count) });
  const refs = ids.map((id) => (typeof id === 'string' ? attachments?.get(id) : undefined));
  if (refs.some((ref) => ref === undefined)) return images;
  const bytes = refs.reduce((sum, ref) => sum + (ref?.bytes ?? 0), 0);
  // kB as 1000 bytes (SI), rounded up so that a small photo never reads "0 kB".
  const size = numberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.ceil(bytes / 1000),
  );
  return translate(locale, 'answers.imagesWithSize', { images, size });
}
