import type { Service } from '../../core/catalog/catalogSchema.ts';
import { foldText } from '../../core/search/foldText.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { pickText } from '../../i18n/pickText.ts';

/**
 * Services in the alphabetical order of their names in the window's language. Names are compared
 * folded (lower case, accents off: "Óbito" sorts with "obito"), which is how Portuguese and English
 * order words at the first level, without an Intl.Collator: building one costs a fresh browser ~20 ms,
 * on the path of the first screen.
 */
export function sortByName(services: readonly Service[]): Service[] {
  const locale = currentLocale();
  return services
    .map((service) => ({ service, key: foldText(pickText(service.name, locale)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ service }) => service);
}
