// @vitest-environment node
// Nothing is deleted from the device without a receipt the hub signed for this request, this content and
// this device (issue 5, "Bad input").
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryItem } from '../../../../src/core/sync/deliveryProtocol.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { DEVICE_ROW_ID } from '../../../../src/db/device/deviceRecord.ts';
import { drain } from '../../../../src/db/outbox/drain.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { DEVICE_ID, json, outboxWithRequests, receiptSigner, row } from './outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

const receiptOf = (item: DeliveryItem, changes: Record<string, unknown> = {}) => ({
  requestId: item.id,
  digest: item.digest,
  deviceId: DEVICE_ID,
  hubRef: 'H-2026-000001',
  receivedAt: 1_800_000_000_000,
  ...changes,
});

describe('receipts', () => {
  it.each([
    ['signed by a key the hub does not hold', 'forger', {}],
    ['for another request', 'hub', { requestId: '00000000-0000-4000-8000-000000000000' }],
    ['for other content', 'hub', { digest: 'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg' }],
    ['for another device', 'hub', { deviceId: 'device-other' }],
    ['without the hub’s reference', 'hub', { hubRef: '' }],
  ] as const)('refuses a receipt %s: the request stays queued, sealed, with its photos', async (_, by, changes) => {
    db = freshDb();
    const { rows, hub, world, signer, logs } = await outboxWithRequests(db, 2, 1);
    // The forger signs under the hub's key id.
    const forger = await receiptSigner(signer.key.kid);
    hub.resultFor = async (item) => ({
      id: item.id,
      status: 'received',
      receipt: await (by === 'forger' ? forger : signer).sign(receiptOf(item, changes) as never),
    });

    expect(await drain(world)).toMatchObject({ delivered: 0, retry: 2 });
    for (const sent of rows) {
      const kept = await row(db, sent.id);
      expect(kept).toMatchObject({
        state: 'retry',
        receipt: null,
        hubRef: null,
        lastError: { code: 'receipt-invalid' },
      });
      expect(kept.sealed).toBe(sent.sealed);
    }
    expect(await db.attachments.count()).toBe(2);
    expect(logs.join('\n')).toMatch(/receipt was refused/);
  });

  it('refuses a receipt swapped between two requests of the same batch', async () => {
    db = freshDb();
    const { rows, hub, world } = await outboxWithRequests(db, 2);
    hub.faults.push(async (_, honest) => {
      const { results } = (await (await honest()).json()) as { results: { id: string; receipt: string }[] };
      const [a, b] = results;
      return json({
        v: 1,
        results: [
          { ...a, receipt: b?.receipt },
          { ...b, receipt: a?.receipt },
        ],
      });
    });

    expect(await drain(world)).toMatchObject({ delivered: 0, retry: 2 });
    expect((await row(db, rows[0]?.id)).sealed).toBe(rows[0]?.sealed);
  });

  it('waits for a receipt signed with a key the device learns later, then delivers', async () => {
    db = freshDb();
    const { rows, hub, world, clock } = await outboxWithRequests(db, 1);
    const rotated = await receiptSigner('receipts-2027');
    hub.resultFor = async (item) => ({ id: item.id, status: 'received', receipt: await rotated.sign(receiptOf(item)) });

    expect(await drain(world)).toMatchObject({ delivered: 0, retry: 1 });
    // A profile refresh brings the hub's new receipt key.
    await db.device.update(DEVICE_ROW_ID, { receiptKeys: [rotated.key] });
    clock.now += 60 * 60_000;
    expect(await drain(world)).toMatchObject({ delivered: 1 });
    expect(await row(db, rows[0]?.id)).toMatchObject({ state: 'delivered', sealed: null, hubRef: 'H-2026-000001' });
  });

  it('deletes nothing on any answer but a receipt the hub signed for that request', async () => {
    db = freshDb();
    const { rows, hub, world, clock, signer } = await outboxWithRequests(db, 2, 1);
    const forger = await receiptSigner(signer.key.kid);
    const ids = rows.map((r) => r.id);
    const item = (id: string) => ({ id, digest: rows.find((r) => r.id === id)?.sealedDigest ?? '' }) as DeliveryItem;
    // Anything a hub, a proxy, a portal or an attacker might answer, short of the hub's signature.
    const result = fc.oneof(
      fc.record({
        id: fc.constantFrom(...ids),
        status: fc.constantFrom('received', 'rejected', 'retry', 'ok', 'delivered'),
        receipt: fc.oneof(
          fc.string(),
          fc.constant('eyJhbGciOiJub25lIn0.e30.'),
          fc.constantFrom(...ids).chain((id) => fc.constant(forger.sign(receiptOf(item(id)))).map(() => id)),
        ),
      }),
      fc.anything(),
    );
    const answer = fc.oneof(
      fc.record({ v: fc.constantFrom(1, 2, '1'), results: fc.array(result, { maxLength: 4 }) }),
      fc.anything(),
    );
    const statuses = fc.constantFrom(200, 201, 202, 207, 302, 400, 409, 500);
    const types = fc.constantFrom('application/json', 'text/html', 'application/json; charset=utf-8', '');

    await fc.assert(
      fc.asyncProperty(answer, statuses, types, fc.boolean(), async (body, status, type, forged) => {
        // Every call of this run gets this answer (a split batch makes more than one), from a fresh queue.
        await db.outbox.bulkPut(rows);
        hub.otherwise = async () => {
          let text = JSON.stringify(body) ?? 'null';
          if (forged) {
            const results = await Promise.all(
              ids.map(async (id) => ({ id, status: 'received', receipt: await forger.sign(receiptOf(item(id))) })),
            );
            text = JSON.stringify({ v: 1, results });
          }
          return new Response(text, { status, headers: type ? { 'content-type': type } : {} });
        };
        clock.now += 60 * 60_000;
        await drain(world);
        for (const sent of rows) {
          const kept = await row(db, sent.id);
          expect(kept.state).not.toBe('delivered');
          expect(kept.sealed).toBe(sent.sealed);
        }
        expect(await db.attachments.count()).toBe(2);
      }),
      { numRuns: 60 },
    );
    expect(hub.stored.size).toBe(0);
  });
});
