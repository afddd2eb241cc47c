import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/t.ts';
import { takeFocusRequest } from './router.ts';

/**
 * A page's h1. It names the document (the tab title a screen reader reads first), and after a
 * navigation it takes the focus so the screen reader starts reading at the new page.
 */
export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [title]);
  useEffect(() => {
    if (takeFocusRequest()) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} class="page-heading">
      {children ?? title}
    </h1>
  );
}
