// The page's side of sending (issue 5, item 1; DESIGN.md "Triggers for sending"). Every trigger asks the
// service worker that controls the page to drain; with no controller (the dev server, a browser without
// service workers, the first load before the worker claims the page) the page runs the same drain itself,
// under the same lock. The sender's code loads only then, in a chunk of its own.
import { DRAIN_MESSAGE, type DrainRequest, type DrainTrigger, OUTBOX_CHANNEL } from '../core/sync/drainMessages.ts';
import { type BalcaoDb, balcaoDb } from '../db/balcaoDb.ts';
import type { DrainWorld } from '../db/outbox/drainWorld.ts';
import { nextDueAt } from '../db/outbox/nextDueAt.ts';
import { OUTBOX_SYNC_TAG } from '../db/outbox/outboxSyncTag.ts';

const pageWorlds = new WeakMap<BalcaoDb, DrainWorld>();

/** Asks for a drain; never throws (a failure is logged, and the next trigger tries again). */
export async function requestDrain(trigger: DrainTrigger, db: BalcaoDb = balcaoDb()): Promise<void> {
  try {
    const controller = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
    if (controller) {
      controller.postMessage({ type: DRAIN_MESSAGE, trigger } satisfies DrainRequest);
      return;
    }
    const [{ drain }, { browserDrainWorld }] = await Promise.all([
      import('../db/outbox/drain.ts'),
      import('../db/outbox/browserDrainWorld.ts'),
    ]);
    let world = pageWorlds.get(db);
    if (!world) {
      world = browserDrainWorld(db);
      pageWorlds.set(db, world);
    }
    await drain(world, trigger);
  } catch (error) {
    console.error(`the outbox drain (${trigger}) failed`, error);
  }
}

/**
 * After a completion: a Background Sync, so the browser sends even if the app is closed before the
 * network comes back (Chromium only: elsewhere the other triggers do it), and a drain now.
 */
export async function drainAfterCompletion(db: BalcaoDb = balcaoDb()): Promise<void> {
  try {
    const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
    const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
    await sync?.register(OUTBOX_SYNC_TAG);
  } catch (error) {
    // Refused (a permission policy, a private window): the page's own triggers still send.
    console.warn('could not register the outbox Background Sync', error);
  }
  await requestDrain('completed', db);
}

/** The backoff timer's bounds: no sooner than the first backoff step, no later than five minutes. */
export const TIMER_MIN_MS = 5_000;
export const TIMER_MAX_MS = 5 * 60_000;

/**
 * The open app's triggers: now, when the network comes back, when the app becomes visible, and on a timer
 * at the earliest time something falls due (a retry's time, a lease running out), at the latest every
 * TIMER_MAX_MS. The timer is set again after each drain this window hears of. Answers a stop function.
 */
export function startDrainTriggers(db: BalcaoDb = balcaoDb()): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = async () => {
    const due = await nextDueAt(db, Date.now()).catch(() => null);
    if (stopped) return;
    const wait = due === null ? TIMER_MAX_MS : due - Date.now();
    clearTimeout(timer);
    timer = setTimeout(onTimer, Math.min(TIMER_MAX_MS, Math.max(TIMER_MIN_MS, wait)));
  };
  const onTimer = () => {
    void requestDrain('timer', db).then(schedule);
  };
  const onOnline = () => void requestDrain('online', db);
  const onVisible = () => {
    if (document.visibilityState === 'visible') void requestDrain('visible', db);
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(OUTBOX_CHANNEL) : null;
  const onEvent = (message: MessageEvent) => {
    if ((message.data as { type?: unknown } | null)?.type === 'drain-finished') void schedule();
  };

  addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  channel?.addEventListener('message', onEvent);
  void requestDrain('start', db).then(schedule);
  return () => {
    stopped = true;
    clearTimeout(timer);
    removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    channel?.removeEventListener('message', onEvent);
    channel?.close();
  };
}
