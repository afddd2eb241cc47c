import { dateTimeFormat } from './intlFormat.ts';
import { currentLocale, type Locale } from './locale.ts';

/**
 * A calendar day of the catalog (`verifiedAt`, "2026-11-20") as words: "20 de novembro de 2026". Read and
 * written in UTC, so the day never shifts with the device's time zone.
 */
export function formatDay(isoDay: string, locale: Locale = currentLocale()): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment (epoch ms) with date and time in the device's zone: "20/11/2026, 14:05". */
export function formatDateTime(epochMs: number, locale: Locale = currentLocale()): string {
  return dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(epochMs);
}

/** A time of today (epoch ms) in the device's zone: "14:05". */
export function formatTime(epochMs: number, locale: Locale = currentLocale()): string {
  return dateTimeFormat(locale, { timeStyle: 'short' }).format(epochMs);
}
