import type { OutboxEvent } from '../../core/sync/drainMessages.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import type { WipeWorld } from '../device/wipeDevice.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';
import type { LinkBudget } from './linkBudget.ts';

/**
 * Runs `fn` only when no other holder has `name` (across tabs and the service worker, with Web Locks),
 * and answers 'busy' at once otherwise: a second sender does not queue behind the first, it leaves.
 */
export type DrainLock = <T>(name: string, fn: () => Promise<T>) => Promise<T | 'busy'>;

/** Whether a request's attachments are on the hub: `retry` not now, `refused` never as they are (with the code). */
export type AttachmentsReady = 'uploaded' | 'retry' | { refused: string };

/** Where the time of the last good contact with the hub is kept (idb-keyval's LAST_CONTACT_KEY). */
export interface LastContact {
  get(): Promise<number | null>;
  set(at: number): Promise<void>;
}

/**
 * Everything the sender touches, injected, so the same drain runs in the service worker, in a window
 * without one, and under vitest in Node with a scripted hub.
 */
export interface DrainWorld extends WipeWorld {
  db: BalcaoDb;
  fetch: typeof fetch;
  /** The device's clock, epoch ms. */
  now: () => number;
  lock: DrainLock;
  /**
   * The lock is held across every tab and the service worker (Web Locks): whoever holds it is the only
   * sender, so a row leased `sending` when a drain starts is an orphan of a sender that was killed, and
   * goes again at once instead of waiting out its lease. False (a realm's own lock): another realm may be
   * sending that very row, and its lease is respected.
   */
  soleSender?: boolean;
  /** Uniform in [0, 1): the backoff's jitter. */
  random: () => number;
  /** Tells every tab how far the sender is (a BroadcastChannel in the browser). */
  report: (event: OutboxEvent) => void;
  lastContact: LastContact;
  /** False when the platform knows there is no network (navigator.onLine): nothing is tried, nothing counts as a failure. */
  online?: () => boolean;
  /** Why a send did not deliver, for the console (a captive portal's page, a forged receipt …). */
  log?: (message: string) => void;
  /** The hub's origin; the page's (or worker's) own origin when empty. */
  hubUrl?: string;
  /** The batch size learnt from the link; the realm's shared one when absent. */
  budget?: LinkBudget;
  /**
   * Uploads a request's attachments before it goes (issue 5, item 3: each with uploadAttachment), so the
   * hub never has to refuse it for them. Absent: requests go as they are, and the hub answers
   * `attachments-missing` (a retry) for one whose attachments it does not hold yet.
   */
  uploadAttachments?: (request: OutboxRecord) => Promise<AttachmentsReady>;
}
