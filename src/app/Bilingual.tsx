import { Fragment } from 'preact';
import { LOCALE_TAGS, LOCALES } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/t.ts';

/**
 * A message in both languages at once, for the screens shown when the app itself could not start
 * (storage blocked, a crash): whoever is at the laptop reads it, whatever language was chosen.
 */
export function Bilingual({ id, as: Tag = 'p' }: { id: MessageKey; as?: 'p' | 'h1' | 'h2' | 'li' | 'span' }) {
  return (
    <Tag class="bilingual">
      {LOCALES.map((locale, i) => (
        <Fragment key={locale}>
          {i > 0 && ' '}
          <span lang={LOCALE_TAGS[locale]} class={`bilingual-${locale}`}>
            {translate(locale, id)}
          </span>
        </Fragment>
      ))}
    </Tag>
  );
}
