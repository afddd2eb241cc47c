import type { ComponentChildren } from 'preact';
import { t } from '../i18n/t.ts';

/** A link out of the app, in a new tab, saying so in its visible text. */
export function ExternalLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className}>
      {children} <span class="new-tab">{t('app.newTab')}</span>
    </a>
  );
}
