import { accessibilityMessages } from '../i18n/accessibilityMessages.ts';
import { currentLocale } from '../i18n/locale.ts';
import { PageHeading } from './PageHeading.tsx';

/** /acessibilidade: the statement DL 83/2018 asks of every public service's site and app. */
export function AccessibilityStatement() {
  const text = accessibilityMessages[currentLocale()];
  return (
    <article class="page prose" data-testid="accessibility-statement">
      <PageHeading title={text.title} />
      <p>{text.intro}</p>
      <p>{text.standard}</p>
      <p>{text.status}</p>
      <h2>{text.measuresHeading}</h2>
      <ul>
        {text.measures.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{text.limitsHeading}</h2>
      <ul>
        {text.limits.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{text.contactHeading}</h2>
      <p>{text.contact}</p>
      <p>{text.complaint}</p>
    </article>
  );
}
