/** A signed delivery call as the page made it, for the baseline's service worker to queue as a Request. */
export interface QueuedCall {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What the page asks the baseline's service worker, over a MessageChannel. */
export type WorkboxCall = { type: 'queue'; calls: QueuedCall[] } | { type: 'replay' };

/** The worker's answer on the channel's port. */
export type WorkboxAnswer<T> = { ok: true; answer: T } | { ok: false; error: string };
