import { numberFormat } from '../../i18n/intlFormat.ts';
import { currentLocale, type Locale } from '../../i18n/locale.ts';

type Scale = { unit: 'kilobyte' | 'megabyte' | 'gigabyte'; size: number; digits: number };

// Decimal units, as file managers and the browser's own settings show them.
function scaleOf(bytes: number): Scale {
  if (bytes >= 1e9) return { unit: 'gigabyte', size: 1e9, digits: 1 };
  if (bytes >= 1e6) return { unit: 'megabyte', size: 1e6, digits: 1 };
  return { unit: 'kilobyte', size: 1e3, digits: 0 };
}

const amount = (bytes: number, scale: Scale, locale: Locale, withUnit: boolean) =>
  numberFormat(locale, {
    ...(withUnit && { style: 'unit', unit: scale.unit }),
    minimumFractionDigits: scale.digits,
    maximumFractionDigits: scale.digits,
  }).format(bytes / scale.size);

/** A size in words: "1,2 MB", "480 kB", "2,0 GB". */
export function formatBytes(bytes: number, locale: Locale = currentLocale()): string {
  return amount(bytes, scaleOf(bytes), locale, true);
}

/** A part of a whole in the whole's unit, so the two read together: "1,2" and "4,0 MB". */
export function formatBytesOf(part: number, whole: number, locale: Locale = currentLocale()) {
  const scale = scaleOf(whole);
  return { part: amount(part, scale, locale, false), whole: amount(whole, scale, locale, true) };
}
