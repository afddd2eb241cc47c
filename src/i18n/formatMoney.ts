import type { Cents } from '../core/fees/cents.ts';
import { numberFormat } from './intlFormat.ts';
import { currentLocale, type Locale } from './locale.ts';

/** An amount in integer cents as the language writes euros: "30,00 €" in pt-PT, "€30.00" in English. */
export function formatMoney(amountCents: Cents | number, locale: Locale = currentLocale()): string {
  return numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amountCents / 100);
}
