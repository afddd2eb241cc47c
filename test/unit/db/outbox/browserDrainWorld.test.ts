// @vitest-environment node
import { get } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { LAST_CONTACT_KEY, OUTBOX_CHANNEL, type OutboxEvent } from '../../../../src/core/sync/drainMessages.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { browserDrainWorld, webLock } from '../../../../src/db/outbox/browserDrainWorld.ts';
import { drain } from '../../../../src/db/outbox/drain.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { outboxWithRequests } from './outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

/** Web Locks as the browser runs them: with `ifAvailable`, a held name grants no lock (null). */
function fakeLocks() {
  const held = new Set<string>();
  return {
    request: (async (name: string, options: LockOptions, callback: (lock: Lock | null) => unknown) => {
      if (held.has(name)) {
        expect(options.ifAvailable).toBe(true);
        return callback(null);
      }
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' } as Lock);
      } finally {
        held.delete(name);
      }
    }) as LockManager['request'],
  };
}

describe('browserDrainWorld', () => {
  it('drains with the realm’s fetch, tells every tab on the outbox channel and keeps the last contact', async () => {
    db = freshDb();
    const { hub } = await outboxWithRequests(db, 2);
    const world = browserDrainWorld(db, {
      fetch: hub.fetch,
      navigator: { locks: fakeLocks(), onLine: true },
      BroadcastChannel,
    });
    const heard: OutboxEvent[] = [];
    const tab = new BroadcastChannel(OUTBOX_CHANNEL);
    tab.onmessage = (message) => heard.push((message as MessageEvent<OutboxEvent>).data);

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 2 });
    await expect.poll(() => heard.map((e) => e.type)).toEqual(['drain-started', 'drain-progress', 'drain-finished']);
    tab.close();
    const contact = await get<number>(LAST_CONTACT_KEY);
    expect(typeof contact).toBe('number');
    expect(await world.lastContact.get()).toBe(contact);
  });

  it('answers busy when another holder has the lock, and runs once it is free', async () => {
    const lock = webLock(fakeLocks());
    let release = () => {};
    const first = lock('outbox', () => new Promise<string>((resolve) => (release = () => resolve('sent'))));
    expect(await lock('outbox', async () => 'second')).toBe('busy');
    release();
    expect(await first).toBe('sent');
    expect(await lock('outbox', async () => 'again')).toBe('again');
  });

  it("is the sole sender with Web Locks (a killed sender's leases end at once), and not with a realm's own lock", () => {
    expect(browserDrainWorld(freshDb(), { fetch, navigator: { locks: fakeLocks() } }).soleSender).toBe(true);
    expect(browserDrainWorld(freshDb(), { fetch, navigator: {} }).soleSender).toBe(false);
  });

  it('tries nothing when the platform says it is offline', async () => {
    db = freshDb();
    const { hub } = await outboxWithRequests(db, 1);
    const world = browserDrainWorld(db, { fetch: hub.fetch, navigator: { onLine: false } });
    expect(await drain(world)).toMatchObject({ outcome: 'offline', calls: 0 });
    expect(hub.posts).toHaveLength(0);
  });
});
