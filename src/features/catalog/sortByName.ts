import type { Service } from '../../core/catalog/catalogSchema.ts';
import { currentLocale, INTL_TAGS } from '../../i18n/locale.ts';
import { pickText } from '../../i18n/pickText.ts';

/** Services in the alphabetical order of their names in the window's language (accents sorted as the language does). */
export function sortByName(services: readonly Service[]): Service[] {
  const locale = currentLocale();
  const collator = new Intl.Collator(INTL_TAGS[locale]);
  return [...services].sort((a, b) => collator.compare(pickText(a.name, locale), pickText(b.name, locale)));
}
