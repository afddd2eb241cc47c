import { numberFormat } from '../../../i18n/intlFormat.ts';
import { currentLocale, type Locale } from '../../../i18n/locale.ts';

/** A stored image's size as the language writes it: "245 kB", "1,2 MB" (decimal units, as file managers show). */
export function formatImageSize(bytes: number, locale: Locale = currentLocale()): string {
  if (bytes >= 1_000_000) {
    return numberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  }
  return numberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1000)),
  );
}
