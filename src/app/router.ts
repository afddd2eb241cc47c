// A router on the History API and nothing else: the paths are few, and a library would cost more
// bytes than it saves. Links stay real <a href> (see Link.tsx), so a new tab or a reload works too.
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();
let focusPending = false;

/**
 * Goes to a path of the app without reloading; the new page's heading takes the focus. `state` is kept
 * with the history entry (the mediator panel keeps where it was opened from, to go back there).
 */
export function navigate(href: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) {
    location.assign(url.href);
    return;
  }
  if (options.replace) history.replaceState(options.state ?? null, '', url);
  else history.pushState(options.state ?? null, '', url);
  focusPending = true;
  scrollTo(0, 0);
  notify();
}

/** Changes the query of the current address (the search words) without a new history entry. */
export function replaceSearch(search: string): void {
  const url = new URL(location.href);
  url.search = search;
  history.replaceState(history.state, '', url);
}

/** A screen that replaces another without a navigation (enrollment, revocation): its heading takes the focus. */
export function requestHeadingFocus(): void {
  focusPending = true;
}

/**
 * Whether the page rendering now was reached by navigating (not by opening the app): then its heading
 * takes the focus, so a screen reader announces where the mediator arrived. Asking consumes it.
 */
export function takeFocusRequest(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

/** The current path; the component re-renders on navigation and on the browser's back and forward. */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    const onPop = () => {
      focusPending = true;
      update();
    };
    listeners.add(update);
    addEventListener('popstate', onPop);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', onPop);
    };
  }, []);
  return path;
}

function notify() {
  for (const listener of listeners) listener();
}
