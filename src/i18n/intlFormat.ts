import { INTL_TAGS, type Locale } from './locale.ts';

// Building an Intl formatter costs far more than using one (its locale data is looked up and compiled):
// a catalog screen formats hundreds of amounts, so each formatter is made once per language and options.
const made = new Map<string, unknown>();

function once<T>(kind: string, locale: Locale, options: object, make: (tag: string) => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make(INTL_TAGS[locale]);
    made.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}) =>
  once('number', locale, options, (tag) => new Intl.NumberFormat(tag, options));

export const dateTimeFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  once('date', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

export const relativeTimeFormat = (locale: Locale, options: Intl.RelativeTimeFormatOptions) =>
  once('relative', locale, options, (tag) => new Intl.RelativeTimeFormat(tag, options));

export const pluralRules = (locale: Locale) => once('plural', locale, {}, (tag) => new Intl.PluralRules(tag));
