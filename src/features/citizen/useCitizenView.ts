import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { CitizenView } from '../../core/citizen/CitizenView.ts';
import { citizenLink, type TypedListener } from './citizenLink.ts';

/** The page shows this on the citizen's screen while it is open; idle once it closes. */
export function useCitizenView(view: CitizenView): void {
  const text = JSON.stringify(view);
  // Sent as the mediator's screen changes, not after its next frame: the citizen's screen follows within
  // milliseconds (issue 6 asks 100 ms), even when the mediator's window is behind another and paints nothing.
  // It is sent when its content changes (`text`), not its identity.
  useLayoutEffect(() => citizenLink().publish(view), [text]);
  useEffect(() => () => citizenLink().publishIdleSoon(), []);
}

/** What the citizen types on their screen, for the page that is open. */
export function useCitizenTyping(listener: TypedListener): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => citizenLink().onTyped((fieldId, value) => latest.current(fieldId, value)), []);
}
