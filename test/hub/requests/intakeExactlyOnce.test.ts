import { describe, expect, it } from 'vitest';
import { DELIVERY_CODES, type DeliveryItem, type DeliveryResult } from '../../../src/core/sync/deliveryProtocol.ts';
import { verifyReceipt } from '../../../src/core/sync/receipt.ts';
import { errorCode } from '../deviceKit.ts';
import {
  answerOf,
  batchOf,
  itemOf,
  licencePayload,
  oneByteChanged,
  openDeliveryHub,
  postBatch,
  requestRowsOnDisk,
  sealedItem,
} from './deliveryKit.ts';

const IDS = 1_000;
const COPIES = 8;
const CONFLICTS = 200;
/** Batches fired at once: each batch's 8 copies race each other, and the other batches of the wave. */
const BATCHES_PER_WAVE = 25;

/** A small seeded generator, so a failure replays with the same batches and the same order. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

// DESIGN.md, "The hub's contract (exactly once)": a retry, a second tab, a post whose answer was lost
// on a hill: the hub stores each request once and answers every copy with the very same receipt.
describe('the hub stores each request exactly once', () => {
  it(`${IDS} ids × ${COPIES} concurrent identical posts: one row each, ${COPIES} identical receipts; then a changed byte is a 409`, {
    timeout: 300_000,
  }, async () => {
    const h = await openDeliveryHub();
    const items: DeliveryItem[] = [];
    for (let i = 0; i < IDS; i += 1) items.push(await sealedItem(licencePayload(h), h.hubKey));

    const next = random(20260302);
    const batches: DeliveryItem[][] = [];
    for (let i = 0; i < items.length; ) {
      const size = 1 + Math.floor(next() * 10);
      batches.push(items.slice(i, i + size));
      i += size;
    }

    const receipts = new Map<string, string[]>(items.map((item) => [item.id, []]));
    let posts = 0;
    for (let w = 0; w < batches.length; w += BATCHES_PER_WAVE) {
      const wave = batches
        .slice(w, w + BATCHES_PER_WAVE)
        .flatMap((batch) => Array.from({ length: COPIES }, () => batch));
      const answers = await Promise.all(
        shuffled(wave, next).map(async (batch) => ({ batch, res: await postBatch(h.send, h.device, batchOf(batch)) })),
      );
      for (const { batch, res } of answers) {
        posts += 1;
        expect(res.status).toBe(200);
        const { results } = answerOf(res);
        expect(results.map((r) => r.id)).toEqual(batch.map((item) => item.id));
        for (const result of results) {
          expect(result.status, JSON.stringify(result)).toBe('received');
          receipts.get(result.id)?.push((result as Extract<DeliveryResult, { status: 'received' }>).receipt);
        }
      }
    }
    expect(posts).toBe(batches.length * COPIES);

    const rows = requestRowsOnDisk(h.hub.dataDir);
    expect(rows).toHaveLength(IDS);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(items.map((item) => item.id)));
    // One hub reference each, numbered from 1 with no gap and no number twice.
    expect(rows.map((row) => row.hub_ref)).toEqual(
      Array.from({ length: IDS }, (_, i) => `H-2026-${String(i + 1).padStart(6, '0')}`),
    );
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const row of rows) {
      const item = byId.get(row.id);
      const copies = receipts.get(row.id) ?? [];
      expect(copies).toHaveLength(COPIES);
      expect(new Set(copies).size, `receipts of ${row.id}`).toBe(1);
      // Kept with the row, as it was sent; the request as it came, still sealed.
      expect(row.receipt).toBe(copies[0]);
      expect(row.sealed).toBe(item?.sealed);
      expect(row.digest).toBe(item?.digest);
      const receipt = await verifyReceipt(copies[0], h.profile.receiptKeys, {
        requestId: row.id,
        digest: row.digest,
        deviceId: h.device.deviceId,
      });
      expect(receipt.hubRef).toBe(row.hub_ref);
      expect(receipt.receivedAt).toBe(Date.parse(row.received_at));
    }
    expect(rows.every((row) => !row.sealed.includes('Canário') && !row.sealed.includes('123456789'))).toBe(true);

    // 200 of them again, one byte of `sealed` changed and the digest made to match: never overwritten.
    const changed = shuffled(items, next)
      .slice(0, CONFLICTS)
      .map((item) => itemOf(oneByteChanged(item.sealed), item.id));
    const singles = changed.slice(0, CONFLICTS / 2).map((item) => [item]);
    const tens = Array.from({ length: CONFLICTS / 20 }, (_, i) =>
      changed.slice(CONFLICTS / 2 + i * 10, CONFLICTS / 2 + (i + 1) * 10),
    );
    const conflicts = await Promise.all(
      [...singles, ...tens].map((batch) => postBatch(h.send, h.device, batchOf(batch))),
    );
    for (const [i, res] of conflicts.entries()) {
      expect(res.status).toBe(409);
      expect(errorCode(res)).toBe(DELIVERY_CODES.conflict);
      const batch = [...singles, ...tens][i] ?? [];
      expect(answerOf(res).results).toEqual(
        batch.map((item) => ({
          id: item.id,
          status: 'rejected',
          code: DELIVERY_CODES.conflict,
          reason: { pt: expect.stringContaining('outro conteúdo'), en: expect.stringContaining('other content') },
        })),
      );
    }
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual(rows);
  });
});
