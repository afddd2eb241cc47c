// The nonce a delivery answer carries for the device's next call (deliveryProtocol.ts, `nextNonce`): the
// same one-time, expiring kind as GET /api/nonce gives, from the same store, so a drain of many batches
// pays one nonce round trip and gives up nothing of the signed call's freshness.
import { describe, expect, it } from 'vitest';
import { AUTH_FAILURES, NONCE_PATTERN, NONCE_TTL_MS } from '../../../src/core/deviceAuth/signedCall.ts';
import { errorCode } from '../deviceKit.ts';
import {
  answerOf,
  batchOf,
  type DeliveryHub,
  licencePayload,
  openDeliveryHub,
  postBatch,
  sealedItem,
} from './deliveryKit.ts';

async function goodItem(h: DeliveryHub) {
  return sealedItem(licencePayload(h), h.hubKey);
}

describe('a delivery answer’s nextNonce', () => {
  it('signs the next call once: that call passes, the same nonce again is a replay', async () => {
    const h = await openDeliveryHub();
    const first = await postBatch(h.send, h.device, batchOf([await goodItem(h)]), { gzip: true });
    expect(first.status).toBe(200);
    const nonce = answerOf(first).nextNonce ?? '';
    expect(nonce).toMatch(NONCE_PATTERN);

    const next = await postBatch(h.send, h.device, batchOf([await goodItem(h)]), { nonce, gzip: true });
    expect(next.status).toBe(200);
    expect(answerOf(next).nextNonce).not.toBe(nonce);
    const replayed = await postBatch(h.send, h.device, batchOf([await goodItem(h)]), { nonce });
    expect(replayed.status).toBe(401);
    expect(errorCode(replayed)).toBe(AUTH_FAILURES.replayed);
  });

  it('expires as a fetched nonce does, by the hub’s clock', async () => {
    const h = await openDeliveryHub();
    const first = await postBatch(h.send, h.device, batchOf([await goodItem(h)]));
    const nonce = answerOf(first).nextNonce ?? '';

    h.hub.clock.advance(NONCE_TTL_MS + 1);
    const late = await postBatch(h.send, h.device, batchOf([await goodItem(h)]), { nonce });
    expect(late.status).toBe(401);
    expect(errorCode(late)).toBe(AUTH_FAILURES.stale);
  });

  it('comes with a 409 too, whose results the device settles', async () => {
    const h = await openDeliveryHub();
    const item = await goodItem(h);
    expect((await postBatch(h.send, h.device, batchOf([item]))).status).toBe(200);
    const other = await goodItem(h);
    const conflict = await postBatch(h.send, h.device, batchOf([{ ...other, id: item.id }]));
    expect(conflict.status).toBe(409);
    expect(answerOf(conflict).nextNonce).toMatch(NONCE_PATTERN);
  });
});
