// @vitest-environment node
// Every kind of answer the hub, or whatever stands in its place, can give a batch, and what the device does.
import { afterEach, describe, expect, it } from 'vitest';
import { NONCE_HEADER } from '../../../../src/core/deviceAuth/signedCall.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { DEVICE_ROW_ID } from '../../../../src/db/device/deviceRecord.ts';
import { wipeMarker } from '../../../../src/db/device/wipeDevice.ts';
import { drain } from '../../../../src/db/outbox/drain.ts';
import { LinkBudget } from '../../../../src/db/outbox/linkBudget.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { revocationSigner, revokedAnswer } from '../device/revocationAnswers.ts';
import { DEVICE_ID, json, outboxWithRequests, portal, refusal, row } from './outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

const throws = (error: Error) => () => {
  throw error;
};

describe('the answers to a batch', () => {
  it.each([
    ['no network', throws(new TypeError('Failed to fetch')), 'offline', 'offline'],
    ['a timeout', throws(new DOMException('The operation timed out.', 'TimeoutError')), 'timeout', 'offline'],
    ['408', () => refusal(408, 'timeout'), 'http-408', 'hub-error'],
    ['425', () => refusal(425, 'too-early'), 'http-425', 'hub-error'],
    ['429', () => refusal(429, 'too-many-requests'), 'http-429', 'hub-error'],
    ['500', () => refusal(500, 'internal'), 'http-500', 'hub-error'],
    ['502 from a proxy', () => new Response('Bad Gateway', { status: 502 }), 'http-502', 'hub-error'],
    ['503', () => refusal(503, 'unavailable'), 'http-503', 'hub-error'],
    ['404: no such route on this hub', () => refusal(404, 'not-found'), 'http-404', 'hub-error'],
  ])(
    '%s: the batch waits with backoff, keeps its sealed requests, and the drain stops',
    async (_, fault, code, how) => {
      db = freshDb();
      const { rows, hub, world, clock } = await outboxWithRequests(db, 12);
      hub.faults.push(fault);

      const outcome = await drain(world);

      expect(outcome).toMatchObject({ outcome: how, delivered: 0, retry: 8, attention: 0, calls: 1 });
      expect(hub.posts).toHaveLength(1);
      for (const sent of rows.slice(0, 8)) {
        const waiting = await row(db, sent.id);
        // First failure: a draw below 5 s; random() is 0.5 here.
        expect(waiting).toMatchObject({
          state: 'retry',
          attempts: 1,
          nextAttemptAt: clock.now + 2_500,
          leaseUntil: null,
        });
        expect(waiting.lastError).toEqual({ code, reason: null, at: clock.now });
        expect(waiting.sealed).toBe(sent.sealed);
      }
      // The link failed: the rest stays queued for the next trigger.
      for (const rest of rows.slice(8)) expect((await row(db, rest.id)).state).toBe('queued');
    },
  );

  it('waits longer after each failure, up to 15 minutes', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 1);
    world.random = () => 0.999_999;
    const waits: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      hub.faults.push(() => refusal(503, 'unavailable'));
      await drain(world);
      const waiting = await row(db, rows[0]?.id);
      waits.push(Math.round(((waiting.nextAttemptAt ?? 0) - clock.now) / 1_000));
      clock.now = waiting.nextAttemptAt ?? clock.now;
    }
    expect(waits).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 900, 900]);
  });

  it('gives up a call that outlives its time limit', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 2);
    const budget = new LinkBudget();
    budget.timeoutMs = () => 30;
    world.budget = budget;
    // A link that takes the body and never answers.
    hub.faults.push(
      (post) =>
        new Promise<Response>((_, reject) => {
          const signal = post.signal;
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
    );

    expect(await drain(world)).toMatchObject({ outcome: 'offline', retry: 2 });
    expect(await row(db, rows[0]?.id)).toMatchObject({ state: 'retry', lastError: { code: 'timeout' } });
  });

  it('takes an answer cut short for no answer', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 2);
    hub.faults.push(() => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"v":1,"results":[{"id":'));
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });

    expect(await drain(world)).toMatchObject({ outcome: 'offline', retry: 2, delivered: 0 });
    expect(await row(db, rows[1]?.id)).toMatchObject({ state: 'retry', lastError: { code: 'offline' } });
  });

  it('honours Retry-After in seconds', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 1);
    hub.faults.push(() => refusal(503, 'unavailable', { 'retry-after': '120' }));

    await drain(world);
    // What the hub asked, and at most a few seconds of jitter after it: never sooner.
    const next = (await row(db, rows[0]?.id)).nextAttemptAt ?? 0;
    expect(next - clock.now).toBeGreaterThanOrEqual(120_000);
    expect(next - clock.now).toBeLessThanOrEqual(125_000);
  });

  it('honours Retry-After as a date by the hub’s clock, with the device’s clock three days behind', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 1);
    const hubNow = Date.UTC(2026, 2, 14, 10, 0, 0);
    clock.now = hubNow - 3 * 24 * 60 * 60_000;
    hub.faults.push(() =>
      refusal(503, 'unavailable', {
        date: new Date(hubNow).toUTCString(),
        'retry-after': new Date(hubNow + 90_000).toUTCString(),
      }),
    );

    await drain(world);
    const next = (await row(db, rows[0]?.id)).nextAttemptAt ?? 0;
    expect(next - clock.now).toBeGreaterThanOrEqual(90_000);
    expect(next - clock.now).toBeLessThanOrEqual(95_000);
  });

  it('signs again at once on a stale or replayed nonce, twice at most', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 2);
    hub.faults.push(
      () => refusal(401, 'auth-stale'),
      () => refusal(401, 'auth-replayed'),
    );
    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 2 });
    const nonces = hub.posts.map((p) => p.headers.get('balcao-nonce'));
    expect(new Set(nonces).size).toBe(3);

    const more = await outboxWithRequests(freshDb(), 1);
    more.hub.faults.push(...Array.from({ length: 3 }, () => () => refusal(401, 'auth-stale')));
    expect(await drain(more.world)).toMatchObject({ outcome: 'hub-error', retry: 1 });
    expect(more.hub.posts).toHaveLength(3);
    expect(await row(more.world.db, more.rows[0]?.id)).toMatchObject({
      state: 'retry',
      lastError: { code: 'auth-stale' },
    });
    await more.world.db.delete();
    void rows;
  });

  it('wipes the device when the hub says it is revoked, and proves it (see postBatch.test.ts)', async () => {
    db = freshDb();
    const { hub, world, signer } = await outboxWithRequests(db, 2);
    const proofs = await revocationSigner('receipts-2026-b');
    await db.device.update(DEVICE_ROW_ID, { receiptKeys: [signer.key, proofs.key] });
    hub.faults.push(async (post) => revokedAnswer(await proofs.prove(DEVICE_ID, post.headers.get(NONCE_HEADER) ?? '')));

    expect(await drain(world)).toMatchObject({ outcome: 'revoked', delivered: 0 });
    expect(await db.device.count()).toBe(0);
    expect(await db.mediators.count()).toBe(0);
    expect(await wipeMarker(world.markers)).toMatchObject({ reason: 'revoked', complete: true });
  });

  it('puts the batch in attention on another 401, and stops: the next batch would meet it too', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 12);
    hub.faults.push(() => refusal(401, 'auth-unknown-device'));

    expect(await drain(world)).toMatchObject({ outcome: 'hub-error', attention: 8 });
    expect(await row(db, rows[0]?.id)).toMatchObject({
      state: 'attention',
      lastError: { code: 'auth-unknown-device' },
    });
    expect((await row(db, rows[11]?.id)).state).toBe('queued');
  });

  it.each([
    ['a captive portal’s page', portal],
    ['garbage JSON', () => json({ ok: true })],
    ['JSON cut short', () => new Response('{"v":1,"res', { headers: { 'content-type': 'application/json' } })],
    ['an answer of another version', () => json({ v: 2, results: [] })],
  ])('retries a 200 that is %s, and says why', async (_, fault) => {
    db = freshDb();
    const { rows, hub, world, logs } = await outboxWithRequests(db, 2);
    hub.faults.push(fault);

    expect(await drain(world)).toMatchObject({ outcome: 'hub-error', delivered: 0, retry: 2 });
    const waiting = await row(db, rows[0]?.id);
    expect(waiting).toMatchObject({ state: 'retry', lastError: { code: 'garbage' }, receipt: null });
    expect(waiting.sealed).toBe(rows[0]?.sealed);
    expect(logs.join('\n')).toMatch(/no delivery answer/);
    expect(await world.lastContact.get()).toBeNull();
  });

  it('never reaches the hub behind a captive portal that answers every call', async () => {
    db = freshDb();
    const { rows, hub, world, logs } = await outboxWithRequests(db, 2);
    hub.intercept = portal;

    expect(await drain(world)).toMatchObject({ outcome: 'hub-error', delivered: 0, calls: 1 });
    expect(await row(db, rows[0]?.id)).toMatchObject({ state: 'retry', lastError: { code: 'garbage' } });
    expect(logs.join('\n')).toMatch(/text\/html/);
  });

  it('settles each request by its own result: left out or told to wait, it waits', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 3);
    const [first, second, third] = rows;
    hub.faults.push(async (_, honest) => {
      const answer = (await (await honest()).json()) as { results: { id: string }[] };
      const kept = answer.results.filter((r) => r.id === first?.id);
      return json({
        v: 1,
        results: [...kept, { id: second?.id, status: 'retry', code: 'attachments-missing', retryAfterSeconds: 30 }],
      });
    });

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 1, retry: 2 });
    expect(await row(db, second?.id)).toMatchObject({ state: 'retry', lastError: { code: 'attachments-missing' } });
    const wait = ((await row(db, second?.id)).nextAttemptAt ?? 0) - clock.now;
    expect(wait).toBeGreaterThanOrEqual(30_000);
    expect(wait).toBeLessThanOrEqual(35_000);
    expect(await row(db, third?.id)).toMatchObject({ state: 'retry', lastError: { code: 'not-answered' } });
  });

  it('settles a 409 that carries a result per request by those results, with the hub’s words', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 2);
    const reason = { pt: 'Já recebido com outro conteúdo', en: 'Received before with other content' };
    hub.faults.push((post) =>
      json(
        {
          v: 1,
          results: post.batch.requests.map((r) => ({ id: r.id, status: 'rejected', code: 'request-conflict', reason })),
          error: { code: 'request-conflict', message: 'every request of the batch was stored before' },
        },
        409,
      ),
    );

    expect(await drain(world)).toMatchObject({ outcome: 'done', attention: 2 });
    expect(hub.posts).toHaveLength(1);
    expect(await row(db, rows[0]?.id)).toMatchObject({
      state: 'attention',
      lastError: { code: 'request-conflict', reason },
    });
  });

  it('tries nothing while the platform knows it is offline', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 2);
    world.online = () => false;

    expect(await drain(world)).toMatchObject({ outcome: 'offline', calls: 0 });
    expect(hub.posts).toHaveLength(0);
    expect(await row(db, rows[0]?.id)).toMatchObject({ state: 'queued', attempts: 0, lastError: null });
  });

  it('sends what waited on the link as soon as a call gets through', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 10);
    hub.faults.push(throws(new TypeError('Failed to fetch')));
    await drain(world);
    expect(await db.outbox.where('state').equals('retry').count()).toBe(8);

    // The link is back before the backoff ends: the next trigger's first answer brings the rest along.
    clock.now += 1_000;
    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 10 });
    void rows;
  });
});
