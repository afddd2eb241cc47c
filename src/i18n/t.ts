import type { ComponentChild } from 'preact';
import { numberFormat, pluralRules } from './intlFormat.ts';
import { currentLocale, type Locale } from './locale.ts';
import { en, type MessageKey, pt } from './messages.ts';

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { pt, en };

export type Params = Record<string, string | number>;

/** The message in a given language, with `{name}` replaced by `params.name`. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = MESSAGES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message in the window's language. */
export function t(key: MessageKey, params?: Params): string {
  return translate(currentLocale(), key, params);
}

/** Keys that come in Intl.PluralRules forms: `base.one` and `base.other`. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/** A counted message (`1 serviço`, `3 serviços`), by the language's plural rules; `{count}` is formatted. */
export function tPlural(base: PluralBase, count: number): string {
  const locale = currentLocale();
  const rule = pluralRules(locale).select(count);
  const key = (rule === 'one' ? `${base}.one` : `${base}.other`) as MessageKey;
  return translate(locale, key, { count: numberFormat(locale).format(count) });
}

/**
 * A message with elements in it (a version number in its own element, a `<time>`): the text around each
 * `{name}` stays the translator's, the element goes where the placeholder is.
 */
export function tRich(key: MessageKey, parts: Record<string, ComponentChild>): ComponentChild[] {
  return t(key)
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name !== undefined && name in parts ? parts[name] : piece;
    });
}
