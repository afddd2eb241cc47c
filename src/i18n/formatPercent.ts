import { currentLocale, INTL_TAGS, type Locale } from './locale.ts';

/** A share in basis points (9000 = 90 %, 350 = 3.5 %), as the language writes percentages. */
export function formatPercent(basisPoints: number, locale: Locale = currentLocale()): string {
  return new Intl.NumberFormat(INTL_TAGS[locale], { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}
