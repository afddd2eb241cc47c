// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BATCH_REQUESTS } from '../../../../src/core/sync/deliveryProtocol.ts';
import { verifyReceipt } from '../../../../src/core/sync/receipt.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { drain } from '../../../../src/db/outbox/drain.ts';
import { LinkBudget } from '../../../../src/db/outbox/linkBudget.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { DEVICE_ID, outboxWithRequests, refusal, row } from './outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

describe('drain', () => {
  it('delivers the queue in one signed gzip batch, keeps each receipt and purges the sealed request and its photos', async () => {
    db = freshDb();
    const { rows, hub, world, events, signer } = await outboxWithRequests(db, 3, 1);
    expect(await db.attachments.count()).toBe(3);

    const outcome = await drain(world);

    expect(outcome).toMatchObject({ outcome: 'done', delivered: 3, attention: 0, retry: 0, calls: 1 });
    expect(hub.posts).toHaveLength(1);
    const [post] = hub.posts;
    expect(post?.headers.get('content-encoding')).toBe('gzip');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.batch.requests.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(post?.batch.requests[0]?.attachmentIds).toEqual(rows[0]?.attachmentIds);
    for (const sent of rows) {
      const kept = await row(db, sent.id);
      expect(kept).toMatchObject({ state: 'delivered', sealed: null, leaseUntil: null, lastError: null, attempts: 1 });
      expect(kept.receipt).toBe(hub.stored.get(sent.id)?.receipt);
      const receipt = await verifyReceipt(kept.receipt, [signer.key], {
        requestId: sent.id,
        digest: sent.sealedDigest,
        deviceId: DEVICE_ID,
      });
      expect(kept.hubRef).toBe(receipt.hubRef);
      expect(kept.receivedAt).toBe(receipt.receivedAt);
      // What the lists and the reprinted receipt need stays.
      expect(kept).toMatchObject({ localRef: sent.localRef, feeCents: 500, serviceId: 'registo-criminal' });
    }
    expect(await db.attachments.count()).toBe(0);

    const bytes = rows.reduce((sum, r) => sum + r.sealedBytes, 0);
    expect(events).toEqual([
      { type: 'drain-started', at: expect.any(Number), requests: 3, bytes },
      { type: 'drain-progress', sentRequests: 3, sentBytes: bytes, requests: 3, bytes },
      { type: 'drain-finished', at: expect.any(Number), outcome: 'done', lastContactAt: world.now() },
    ]);
    expect(await world.lastContact.get()).toBe(world.now());

    // Nothing left to send: a second drain makes no call.
    expect(await drain(world)).toMatchObject({ outcome: 'done', calls: 0 });
    expect(hub.posts).toHaveLength(1);
  });

  it('runs one sender when two drains start at once, and the hub stores each request once', async () => {
    db = freshDb();
    const { rows, hub, world, events } = await outboxWithRequests(db, 20);

    const outcomes = await Promise.all([drain(world), drain(world)]);

    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['busy', 'done']);
    const sent = hub.posts.flatMap((p) => p.batch.requests.map((r) => r.id));
    expect(sent.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(hub.stored.size).toBe(20);
    expect(await db.outbox.where('state').equals('delivered').count()).toBe(20);
    expect(
      events.filter((e) => e.type === 'drain-finished').map((e) => e.type === 'drain-finished' && e.outcome),
    ).toContain('busy');
  });

  it('leaves a row another sender holds until its lease runs out, then sends it', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 3);
    const [held, ...others] = rows;
    // A worker killed mid-send left this row leased for 30 more seconds.
    await db.outbox.update(held?.id ?? '', { state: 'sending', leaseUntil: clock.now + 30_000 });

    await drain(world);
    expect((await row(db, held?.id)).state).toBe('sending');
    expect(hub.posts.flatMap((p) => p.batch.requests.map((r) => r.id))).toEqual(others.map((r) => r.id));

    clock.now += 31_000;
    expect(await drain(world)).toMatchObject({ delivered: 1 });
    expect((await row(db, held?.id)).state).toBe('delivered');
  });

  it('sends at once a row a killed sender left leased, when its lock is the only sender (Web Locks)', async () => {
    db = freshDb();
    const { rows, world, clock, logs } = await outboxWithRequests(db, 3);
    const [orphan] = rows;
    await db.outbox.update(orphan?.id ?? '', { state: 'sending', leaseUntil: clock.now + 30_000 });
    expect(await drain({ ...world, soleSender: true })).toMatchObject({ delivered: 3 });
    expect((await row(db, orphan?.id)).state).toBe('delivered');
    expect(logs).toContain('1 request(s) a stopped sender left half-sent go again now');
  });

  it('sends a row whose lease or retry time lies beyond any wait it sets: the clock was put back', async () => {
    db = freshDb();
    const { rows, world, clock } = await outboxWithRequests(db, 2);
    const day = 24 * 60 * 60_000;
    await db.outbox.update(rows[0]?.id ?? '', { state: 'sending', leaseUntil: clock.now + 3 * day });
    await db.outbox.update(rows[1]?.id ?? '', { state: 'retry', nextAttemptAt: clock.now + 3 * day });

    expect(await drain(world)).toMatchObject({ delivered: 2 });
  });

  it('puts a poison request in attention with the hub’s reason and delivers the rest', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 5);
    const poison = rows[2]?.id;
    const honest = hub.resultFor;
    const reason = { pt: 'A versão do formulário não existe', en: 'The form version does not exist' };
    hub.resultFor = async (item) =>
      item.id === poison ? { id: item.id, status: 'rejected', code: 'unknown-form', reason } : honest(item);

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 4, attention: 1 });
    const refused = await row(db, poison);
    expect(refused).toMatchObject({ state: 'attention', lastError: { code: 'unknown-form', reason, at: clock.now } });
    // Never dropped: the mediator still has it, sealed, to correct or archive.
    expect(refused.sealed).toBe(rows[2]?.sealed);

    clock.now += 60 * 60_000;
    await drain(world);
    expect(hub.posts).toHaveLength(1);
  });

  it('splits a batch the hub refuses whole until the refusal has its one request', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 8);
    const poison = rows[5]?.id;
    for (let i = 0; i < 10; i += 1) {
      hub.faults.push((post, honest) =>
        post.batch.requests.some((r) => r.id === poison) ? refusal(400, 'batch-malformed') : honest(),
      );
    }

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 7, attention: 1 });
    expect(await row(db, poison)).toMatchObject({ state: 'attention', lastError: { code: 'batch-malformed' } });
    expect(hub.posts.map((p) => p.batch.requests.length)).toEqual([8, 4, 4, 2, 1, 1, 2]);
  });

  it('bounds each batch in count and bytes, starts small and grows after fast answers', async () => {
    db = freshDb();
    const { hub, world } = await outboxWithRequests(db, 230);

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 230 });
    expect(hub.posts.map((p) => p.batch.requests.length)).toEqual([8, 16, 32, 64, 110]);
    for (const post of hub.posts) {
      expect(post.batch.requests.length).toBeLessThanOrEqual(MAX_BATCH_REQUESTS);
      expect(post.jsonBytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
      // gzip on the wire: smaller than the JSON it carries.
      expect(post.wireBytes).toBeLessThan(post.jsonBytes);
    }
  });

  it('keeps a batch within the byte budget, one request at the least', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 6);
    const budget = new LinkBudget();
    const sealed = rows[0]?.sealedBytes ?? 0;
    budget.bytes = Math.floor(sealed * 2.5);
    world.budget = budget;
    // Slow answers: the budget does not grow under the test.
    hub.postTakesMs = 20_000;

    expect(await drain(world)).toMatchObject({ delivered: 6 });
    for (const post of hub.posts) expect(post.jsonBytes).toBeLessThanOrEqual(budget.bytes);
    expect(hub.posts.map((p) => p.batch.requests.length)).toEqual([2, 2, 2]);
  });

  it('sends a request larger than the byte budget on its own, never splitting it', async () => {
    db = freshDb();
    const { hub, world } = await outboxWithRequests(db, 2);
    const budget = new LinkBudget();
    budget.bytes = 10;
    world.budget = budget;
    hub.postTakesMs = 20_000;

    expect(await drain(world)).toMatchObject({ delivered: 2 });
    expect(hub.posts.map((p) => p.batch.requests.length)).toEqual([1, 1]);
  });

  it('keeps the batch size on a slow link and halves it after a timeout', async () => {
    db = freshDb();
    const { hub, world, clock } = await outboxWithRequests(db, 40);
    const budget = world.budget ?? new LinkBudget();
    // Each answer takes 20 s: well within its limit, but not fast enough to ask more of the link.
    hub.postTakesMs = 20_000;
    hub.faults.push(
      (_, honest) => honest(),
      (_, honest) => honest(),
      () => {
        throw new DOMException('The operation timed out.', 'TimeoutError');
      },
    );

    expect(await drain(world)).toMatchObject({ outcome: 'offline', delivered: 16, retry: 8 });
    expect(hub.posts.map((p) => p.batch.requests.length)).toEqual([8, 8, 8]);
    expect(budget.requests).toBe(4);

    hub.postTakesMs = 0;
    clock.now += 60 * 60_000;
    await drain(world);
    expect(hub.posts.slice(3).map((p) => p.batch.requests.length)).toEqual([4, 8, 12]);
  });

  it('halves the batch on 413 and sends both halves at once', async () => {
    db = freshDb();
    const { hub, world } = await outboxWithRequests(db, 8);
    hub.faults.push(() => refusal(413, 'too-large'));

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 8, attention: 0 });
    expect(hub.posts.map((p) => p.batch.requests.length)).toEqual([8, 4, 4]);
  });

  it('lets a request alone over the hub’s body limit wait and try again, never in attention for its size', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 1);
    hub.faults.push(() => refusal(413, 'too-large'));

    expect(await drain(world)).toMatchObject({ outcome: 'done', retry: 1, attention: 0 });
    const waiting = await row(db, rows[0]?.id);
    expect(waiting).toMatchObject({ state: 'retry', lastError: { code: 'too-large' } });
    expect(waiting.sealed).toBe(rows[0]?.sealed);
  });

  it('uploads a request’s photos before it goes: one whose upload must wait waits, one refused is in attention', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 3, 1);
    const [uploaded, waits, refused] = rows;
    const uploads: string[] = [];
    world.uploadAttachments = async (request) => {
      uploads.push(request.id);
      if (request.id === waits?.id) return 'retry';
      if (request.id === refused?.id) return { refused: 'upload-too-large' };
      return 'uploaded';
    };

    expect(await drain(world)).toMatchObject({ outcome: 'done', delivered: 1, retry: 1, attention: 1 });
    expect(uploads).toEqual(rows.map((r) => r.id));
    expect(hub.posts.map((p) => p.batch.requests.map((r) => r.id))).toEqual([[uploaded?.id]]);
    expect(await row(db, waits?.id)).toMatchObject({ state: 'retry', lastError: { code: 'attachments-uploading' } });
    expect(await row(db, refused?.id)).toMatchObject({ state: 'attention', lastError: { code: 'upload-too-large' } });
    // Only the delivered request's photo is purged.
    expect(await db.attachments.count()).toBe(2);
  });
});
