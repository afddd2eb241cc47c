// @vitest-environment node
// The nonce each delivery answer carries for the drain's next batch (deliveryProtocol.ts, `nextNonce`):
// a drain of many batches pays one nonce round trip, and a carried nonce the hub no longer takes costs a
// fetched one, never a delivery.
import { afterEach, describe, expect, it } from 'vitest';
import { NONCE_HEADER } from '../../../../src/core/deviceAuth/signedCall.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { drain } from '../../../../src/db/outbox/drain.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { type Fault, json, outboxWithRequests, refusal } from './outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

/** A device with `n` queued requests whose world records the nonce of every POST it makes, refused or not. */
async function outbox(n: number) {
  db = freshDb();
  const sender = await outboxWithRequests(db, n);
  const signedWith: string[] = [];
  sender.world.fetch = (input, init) => {
    if (init?.method === 'POST') signedWith.push(new Headers(init.headers).get(NONCE_HEADER) ?? '');
    return sender.hub.fetch(input, init);
  };
  return { ...sender, signedWith };
}

/** The honest answer, with its nextNonce replaced. */
const carrying =
  (nextNonce: string): Fault =>
  async (_, honest) =>
    json({ ...((await (await honest()).json()) as object), nextNonce });

describe('the nonce a delivery answer carries', () => {
  it('signs the next batch: a drain of five batches fetches one nonce', async () => {
    const { hub, world, signedWith } = await outbox(230);

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 230, calls: 5 });
    expect(hub.posts).toHaveLength(5);
    expect(hub.nonceFetches).toBe(1);
    expect(new Set(signedWith).size).toBe(5);
  });

  it('is fetched for each batch from a hub that carries none', async () => {
    const { hub, world } = await outbox(24);
    hub.carriesNonce = false;

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 24, calls: 2 });
    expect(hub.nonceFetches).toBe(2);
  });

  it('stale by the time it is used: the batch is signed again with a fetched one, and delivered', async () => {
    const { hub, world, signedWith } = await outbox(24);
    const unknown = 'n'.repeat(32);
    hub.faults.push(carrying(unknown));

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 24, retry: 0, attention: 0 });
    expect(signedWith).toHaveLength(3);
    expect(signedWith[1]).toBe(unknown);
    expect(hub.posts.map((p) => p.batch.requests.length)).toEqual([8, 16]);
    expect(hub.nonceFetches).toBe(2);
  });

  it('refused, does not count among the fetched nonces signed again', async () => {
    const { hub, world } = await outbox(24);
    hub.faults.push(
      carrying('n'.repeat(32)),
      () => refusal(401, 'auth-stale'),
      () => refusal(401, 'auth-replayed'),
    );

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 24 });
    // The carried one, then three fetched: two refused, the third taken.
    expect(hub.nonceFetches).toBe(4);
  });

  it('that could not be sent as a nonce is none: the next batch fetches its own', async () => {
    const { hub, world, signedWith } = await outbox(24);
    hub.faults.push(carrying('not a nonce, a portal’s words'));

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 24 });
    expect(signedWith).toHaveLength(2);
    expect(hub.nonceFetches).toBe(2);
  });
});
