import type { Text } from '../core/catalog/catalogSchema.ts';
import { currentLocale, type Locale } from './locale.ts';

/** The catalog's text in the window's language (catalog records carry both). */
export function pickText(text: Text, locale: Locale = currentLocale()): string {
  return text[locale];
}
