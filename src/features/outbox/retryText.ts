import { formatDateTime, formatTime } from '../../i18n/formatDate.ts';
import { currentLocale, type Locale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/t.ts';

/** When a request in `retry` goes again: "nova tentativa às 14:05", or with the day when it is not today. */
export function retryText(nextAttemptAt: number | null, now: number, locale: Locale = currentLocale()): string {
  if (nextAttemptAt === null || nextAttemptAt <= now) return translate(locale, 'outbox.retry.soon');
  if (new Date(nextAttemptAt).toDateString() === new Date(now).toDateString())
    return translate(locale, 'outbox.retry.at', { time: formatTime(nextAttemptAt, locale) });
  return translate(locale, 'outbox.retry.on', { when: formatDateTime(nextAttemptAt, locale) });
}
