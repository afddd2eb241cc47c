import type { OutboxRecord } from '../../db/requests/outboxRecord.ts';
import { currentLocale, type Locale } from '../../i18n/locale.ts';
import { pickText } from '../../i18n/pickText.ts';
import { translate } from '../../i18n/t.ts';

/**
 * Why the hub refused a request, in the window's language: the hub's own words when it gave them (it
 * sends both languages), else its code, which the coordinator can look up.
 */
export function attentionReason(lastError: OutboxRecord['lastError'], locale: Locale = currentLocale()): string {
  if (lastError?.reason) return pickText(lastError.reason, locale);
  return translate(locale, 'outbox.attention.noReason', { code: lastError?.code ?? '—' });
}
