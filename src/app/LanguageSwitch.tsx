import { LOCALE_TAGS, LOCALES, type Locale, setLocale } from '../i18n/locale.ts';
import { t } from '../i18n/t.ts';

/** PT | EN: two buttons, the chosen one pressed; `keep`, whether the choice is kept for the next start. */
export function LanguageSwitch({ locale, keep = true }: { locale: Locale; keep?: boolean }) {
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t('locale.group')}</legend>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          class="language-option"
          lang={LOCALE_TAGS[option]}
          aria-pressed={option === locale}
          data-testid={`locale-${option}`}
          onClick={() => setLocale(option, { keep })}
        >
          {t(option === 'pt' ? 'locale.pt' : 'locale.en')}
        </button>
      ))}
    </fieldset>
  );
}
