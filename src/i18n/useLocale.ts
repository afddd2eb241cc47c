import { useEffect, useState } from 'preact/hooks';
import { currentLocale, type Locale, onLocaleChange } from './locale.ts';

/** The window's language; the component re-renders (and so does everything under it) when it changes. */
export function useLocale(): Locale {
  const [locale, setLocaleState] = useState(currentLocale());
  useEffect(() => {
    setLocaleState(currentLocale());
    return onLocaleChange(setLocaleState);
  }, []);
  return locale;
}
