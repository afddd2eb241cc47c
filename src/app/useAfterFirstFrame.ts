import { useEffect, useState } from 'preact/hooks';

/**
 * False for a component's first render, true from the next one. For secondary text whose first
 * formatting is costly — a fresh browser builds Intl.RelativeTimeFormat's data in ~30 ms — so that it
 * follows the first useful frame instead of delaying it.
 */
export function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => setAfter(true), []);
  return after;
}
