import { useEffect } from 'preact/hooks';

/**
 * While `active`, closing or reloading the tab asks first (the browser's own words: it shows no text of
 * ours). Only while it matters, since a `beforeunload` listener also keeps the page out of the
 * back/forward cache.
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome before 119 and Safari only ask when returnValue is set as well.
      event.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [active]);
}
