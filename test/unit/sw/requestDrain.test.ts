// The page's side of sending: the triggers ask the service worker that controls the page, or, with none,
// the page runs the same drain itself.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAIN_MESSAGE } from '../../../src/core/sync/drainMessages.ts';
import type { BalcaoDb } from '../../../src/db/balcaoDb.ts';
import { OUTBOX_SYNC_TAG } from '../../../src/db/outbox/outboxSyncTag.ts';
import {
  drainAfterCompletion,
  requestDrain,
  startDrainTriggers,
  TIMER_MIN_MS,
} from '../../../src/sw-bridge/requestDrain.ts';
import { freshDb } from '../../kit/freshDb.ts';
import { outboxWithRequests } from '../db/outbox/outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  await db?.delete();
});

/** A service worker controlling the page, and what it was told. */
function controlledBy(registration: object = {}) {
  const messages: unknown[] = [];
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      controller: { postMessage: (message: unknown) => messages.push(message) },
      getRegistration: async () => registration,
    },
  });
  return messages;
}

describe('requestDrain', () => {
  it('sends from the page itself when no service worker controls it', async () => {
    db = freshDb();
    const { hub, rows } = await outboxWithRequests(db, 2);
    vi.stubGlobal('fetch', hub.fetch);

    await requestDrain('send-now', db);

    expect(hub.posts).toHaveLength(1);
    for (const sent of rows) expect((await db.outbox.get(sent.id))?.state).toBe('delivered');
  });

  it('asks the controlling service worker, and sends nothing itself', async () => {
    db = freshDb();
    const { hub } = await outboxWithRequests(db, 1);
    vi.stubGlobal('fetch', hub.fetch);
    const messages = controlledBy();

    await requestDrain('online', db);

    expect(messages).toEqual([{ type: DRAIN_MESSAGE, trigger: 'online' }]);
    expect(hub.posts).toHaveLength(0);
  });

  it('registers a Background Sync after a completion, and asks for a drain', async () => {
    db = freshDb();
    const tags: string[] = [];
    const messages = controlledBy({ sync: { register: async (tag: string) => void tags.push(tag) } });

    await drainAfterCompletion(db);

    expect(tags).toEqual([OUTBOX_SYNC_TAG]);
    expect(messages).toEqual([{ type: DRAIN_MESSAGE, trigger: 'completed' }]);
  });

  it('still asks for a drain where Background Sync is missing', async () => {
    db = freshDb();
    const messages = controlledBy({});
    await drainAfterCompletion(db);
    expect(messages).toEqual([{ type: DRAIN_MESSAGE, trigger: 'completed' }]);
  });
});

describe('startDrainTriggers', () => {
  it('asks at start, when the network returns, when the app is visible again, and on a timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    db = freshDb();
    await outboxWithRequests(db, 1);
    const messages = controlledBy();
    const triggers = () => messages.map((m) => (m as { trigger: string }).trigger);

    const stop = startDrainTriggers(db);
    await vi.waitFor(() => expect(triggers()).toEqual(['start']));

    dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(triggers()).toEqual(['start', 'online', 'visible']);

    // A request is queued: the timer comes back to it as soon as the backoff allows.
    await vi.advanceTimersByTimeAsync(TIMER_MIN_MS);
    await vi.waitFor(() => expect(triggers()).toContain('timer'));

    stop();
    messages.length = 0;
    dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(messages).toEqual([]);
  });
});
