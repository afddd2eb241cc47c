import type { ComponentChildren } from 'preact';
import { navigate } from './router.ts';

interface LinkProps {
  href: string;
  class?: string;
  children: ComponentChildren;
  'data-testid'?: string;
}

/** A real link to a page of the app: a plain click navigates in place, any modified click does what the browser does. */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
