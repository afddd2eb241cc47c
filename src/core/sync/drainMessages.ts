// What the page and the service worker say to each other about sending (issue 5; DESIGN.md "Triggers for
// sending"). The page asks for a drain with a message; the sender, wherever it runs, tells every tab how
// far it is on one BroadcastChannel, so a badge and a progress bar follow it in each window.

/** The page → service worker message that starts a drain (app start, online, visible, timer, "Enviar agora"). */
export const DRAIN_MESSAGE = 'DRAIN';

export type DrainTrigger =
  | 'start'
  | 'online'
  | 'visible'
  | 'timer'
  | 'send-now'
  | 'completed'
  | 'sync'
  | 'worker-start';

export interface DrainRequest {
  type: typeof DRAIN_MESSAGE;
  trigger: DrainTrigger;
}

/** The BroadcastChannel every sender reports on and every tab listens to. */
export const OUTBOX_CHANNEL = 'balcao-outbox';

export type OutboxEvent =
  /** A drain began: what it has to send. */
  | { type: 'drain-started'; at: number; requests: number; bytes: number }
  /** After each batch: how far it is (count and bytes), for the progress bar. */
  | { type: 'drain-progress'; sentRequests: number; sentBytes: number; requests: number; bytes: number }
  /** It stopped: why, and when the hub last answered well (epoch ms), for the badge. */
  | {
      type: 'drain-finished';
      at: number;
      outcome: 'done' | 'offline' | 'hub-error' | 'revoked' | 'busy';
      lastContactAt: number | null;
    };

/** Where the device keeps the time of its last good contact with the hub (idb-keyval key). */
export const LAST_CONTACT_KEY = 'outbox:lastContactAt';
