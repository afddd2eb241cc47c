import { relativeTimeFormat } from './intlFormat.ts';
import { currentLocale, type Locale } from './locale.ts';

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['year', 365 * 24 * 60 * 60],
];

/** How long ago a moment was, in the language's words: "há 5 minutos", "5 minutes ago", "agora". */
export function formatRelativeTime(epochMs: number, now: number, locale: Locale = currentLocale()): string {
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = Math.round((epochMs - now) / 1000);
  const size = Math.abs(seconds);
  // Under a minute the exact seconds would tick away on screen: "agora" says enough.
  if (size < 60) return format.format(0, 'second');
  let unit: Intl.RelativeTimeFormatUnit = 'minute';
  let length = 60;
  for (const [nextUnit, nextLength] of STEPS) {
    if (size < nextLength) break;
    unit = nextUnit;
    length = nextLength;
  }
  return format.format(Math.trunc(seconds / length), unit);
}
