// The mediator's tab's side of the citizen's screen (issue 6, item 1): one pairing for the tab's life,
// the view of the moment sent on every change and again as a heartbeat, and what the citizen types
// handed to whoever listens. Nothing is kept anywhere: the channel carries the view, the tab forgets it.
import type { CitizenView } from '../../core/citizen/CitizenView.ts';
import {
  CITIZEN_CHANNEL,
  type CitizenMessage,
  citizenMessageFor,
  HEARTBEAT_MS,
  type MediatorMessage,
  newPair,
} from '../../core/citizen/citizenProtocol.ts';

export type TypedListener = (fieldId: string, value: string) => void;

export interface CitizenLink {
  /** This tab's pairing: the citizen's window it opens carries it in its address. */
  readonly pair: string;
  publish: (view: CitizenView) => void;
  /** The view goes back to idle unless another is published in the meantime (a page giving way to the next). */
  publishIdleSoon: () => void;
  onTyped: (listener: TypedListener) => () => void;
}

// Long enough for the next page to publish its own view, so the citizen sees no idle flash between two.
const IDLE_DELAY_MS = 150;

let shared: CitizenLink | undefined;

/** The tab's link, made on first use. */
export function citizenLink(): CitizenLink {
  shared ??= createCitizenLink(typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CITIZEN_CHANNEL));
  return shared;
}

export function createCitizenLink(channel: BroadcastChannel | null, pair = newPair()): CitizenLink {
  let current: CitizenView = { kind: 'idle' };
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let beating = false;
  const typed = new Set<TypedListener>();
  const post = (message: MediatorMessage) => channel?.postMessage(message);
  const send = () => post({ type: 'view', pair, view: current });

  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message: CitizenMessage | null = citizenMessageFor(pair, event.data);
    if (message?.type === 'hello') send();
    if (message?.type === 'typed') for (const listener of typed) listener(message.fieldId, message.value);
  });
  addEventListener('pagehide', () => post({ type: 'gone', pair }));
  addEventListener('pageshow', send);

  const publish = (view: CitizenView) => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
    current = view;
    send();
    if (beating) return;
    beating = true;
    setInterval(send, HEARTBEAT_MS);
  };
  return {
    pair,
    publish,
    publishIdleSoon: () => {
      if (idleTimer !== null) clearTimeout(idleTimer);
      idleTimer = setTimeout(() => publish({ kind: 'idle' }), IDLE_DELAY_MS);
    },
    onTyped: (listener) => {
      typed.add(listener);
      return () => typed.delete(listener);
    },
  };
}
