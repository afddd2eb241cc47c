import { numberFormat } from './intlFormat.ts';
import { currentLocale, type Locale } from './locale.ts';

/** A share in basis points (9000 = 90 %, 350 = 3.5 %), as the language writes percentages. */
export function formatPercent(basisPoints: number, locale: Locale = currentLocale()): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}
