import { formatDateTime, formatTime } from '../../i18n/formatDate.ts';
import { currentLocale, type Locale } from '../../i18n/locale.ts';

/** A moment as a mediator reads it on a list: "14:05" today, "21/11/2026, 09:00" on another day. */
export function formatMoment(epochMs: number, now: number, locale: Locale = currentLocale()): string {
  return new Date(epochMs).toDateString() === new Date(now).toDateString()
    ? formatTime(epochMs, locale)
    : formatDateTime(epochMs, locale);
}
