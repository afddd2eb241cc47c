import { get, set } from 'idb-keyval';

/** The languages of the mediator's window: pt-PT (the default) and English. */
export const LOCALES = ['pt', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag for `<html lang>`. */
export const LOCALE_TAGS: Record<Locale, string> = { pt: 'pt-PT', en: 'en' };

/** The tag Intl formats with: English as written in Europe (20 November 2026, €30.00), not in the US. */
export const INTL_TAGS: Record<Locale, string> = { pt: 'pt-PT', en: 'en-GB' };

const STORAGE_KEY = 'locale';
// A blocked or slow IndexedDB must not keep the app from opening: after this, the app opens in pt-PT.
const RESTORE_TIMEOUT_MS = 500;

let current: Locale = 'pt';
const listeners = new Set<(locale: Locale) => void>();

export function currentLocale(): Locale {
  return current;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Switches the window's language, keeps the choice for the next start (unless `keep` is false: the
 * citizen's screen has a language of its own), and says so to `<html lang>`.
 */
export function setLocale(locale: Locale, { keep = true } = {}): void {
  apply(locale);
  if (!keep) return;
  set(STORAGE_KEY, locale).catch((error: unknown) => console.warn('could not keep the language choice', error));
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the language chosen last time; pt-PT when none was chosen or storage does not answer. */
export async function restoreLocale(): Promise<Locale> {
  try {
    const stored = await Promise.race([
      get<unknown>(STORAGE_KEY),
      new Promise<undefined>((resolve) => setTimeout(resolve, RESTORE_TIMEOUT_MS)),
    ]);
    if (isLocale(stored)) apply(stored);
  } catch (error) {
    console.warn('could not read the language choice', error);
  }
  document.documentElement.lang = LOCALE_TAGS[current];
  return current;
}

function apply(locale: Locale) {
  document.documentElement.lang = LOCALE_TAGS[locale];
  if (locale === current) return;
  current = locale;
  for (const listener of listeners) listener(locale);
}
