import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { requireDevice } from '../../../server/api/requireDevice.ts';
import { handleError } from '../../../server/handleError.ts';
import { verifyRevocationProof } from '../../../src/core/deviceAuth/revocationProof.ts';
import {
  AUTH_FAILURES,
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  NONCE_TTL_MS,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../../src/core/deviceAuth/signedCall.ts';
import type { ReceiptKey } from '../../../src/core/sync/receipt.ts';
import { deviceKeys, enrollDevice, errorCode, fetchNonce, injectTransport, sign, signedCall } from '../deviceKit.ts';
import { openTestHub } from '../openTestHub.ts';
import { signedEcho } from './signedEcho.ts';

async function enrolledHub() {
  const hub = await openTestHub();
  signedEcho(hub.app, { store: hub.store, keys: hub.keys, now: hub.clock.now });
  const send = injectTransport(hub.app);
  const device = await enrollDevice(send, await hub.code());
  return { hub, send, device };
}

describe('signed device calls', () => {
  it('lets an enrolled device through, and marks when it was last seen', async () => {
    const { hub, send, device } = await enrolledHub();
    hub.clock.advance(60_000);
    const res = await signedCall(send, device, { url: '/api/device' });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ deviceId: device.deviceId, revoked: false });
    expect((await hub.store.device(device.deviceId))?.lastSeenAt).toBe(hub.clock.now().toISOString());
  });

  it('binds the signature to the body: a body changed after signing is refused', async () => {
    const { send, device } = await enrolledHub();
    const body = JSON.stringify({ requestId: 'r-1', sealed: 'eyJ…' });
    const ok = await signedCall(send, device, { method: 'POST', url: '/api/test/echo', body });
    expect(ok.status).toBe(200);
    expect(ok.json()).toEqual({ body: JSON.parse(body), deviceId: device.deviceId });
    // The same JSON, re-spaced: the digest is over the bytes, so even that is a change.
    for (const sendBody of [
      JSON.stringify({ requestId: 'r-2', sealed: 'eyJ…' }),
      JSON.stringify(JSON.parse(body), null, 1),
    ]) {
      const changed = await signedCall(send, device, { method: 'POST', url: '/api/test/echo', body, sendBody });
      expect(changed.status).toBe(401);
      expect(errorCode(changed)).toBe(AUTH_FAILURES.badSignature);
    }
  });

  it('never hands a route a body the signature did not cover, whatever its content type', async () => {
    const { send, device } = await enrolledHub();
    // Signed as a call without a body, then sent with one the hub could parse as text.
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
      const smuggled = await signedCall(send, device, {
        method: 'POST',
        url: '/api/test/echo',
        sendBody: '{"requestId":"attacker"}',
        contentType,
      });
      expect(smuggled.status, contentType).not.toBe(200);
      expect([401, 415]).toContain(smuggled.status);
    }
  });

  it('verifies a gzip body against the digest of the JSON it inflates to, as the device signed it', async () => {
    const { send, device } = await enrolledHub();
    const body = JSON.stringify({ batch: Array.from({ length: 50 }, (_, i) => ({ requestId: `r-${i}` })) });
    const nonce = await fetchNonce(send);
    const text = signedCallText({
      method: 'POST',
      path: '/api/test/echo',
      nonce,
      deviceId: device.deviceId,
      bodyDigest: await bodyDigest(body),
    });
    const res = await send({
      method: 'POST',
      url: '/api/test/echo',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        [DEVICE_HEADER]: device.deviceId,
        [NONCE_HEADER]: nonce,
        [SIGNATURE_HEADER]: await sign(device.keys.privateKey, text),
      },
      body: new Uint8Array(gzipSync(body)),
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ body: JSON.parse(body) });
  });

  it('binds the signature to the method and to the path with its query', async () => {
    const { send, device } = await enrolledHub();
    expect((await signedCall(send, device, { url: '/api/device?since=1' })).status).toBe(200);
    // Signed for one call, sent as another, the way a man in the middle would.
    const nonce = await fetchNonce(send);
    const text = signedCallText({
      method: 'GET',
      path: '/api/device?since=1',
      nonce,
      deviceId: device.deviceId,
      bodyDigest: await bodyDigest(null),
    });
    const headers = {
      [DEVICE_HEADER]: device.deviceId,
      [NONCE_HEADER]: nonce,
      [SIGNATURE_HEADER]: await sign(device.keys.privateKey, text),
    };
    const elsewhere = await send({ method: 'GET', url: '/api/device?since=2', headers });
    expect(errorCode(elsewhere)).toBe(AUTH_FAILURES.badSignature);
    const asPost = await send({ method: 'POST', url: '/api/test/echo', headers });
    expect(errorCode(asPost)).toBe(AUTH_FAILURES.badSignature);
  });

  it('refuses a call without its headers, or with one malformed or sent twice, as unsigned', async () => {
    const { send, device } = await enrolledHub();
    const none = await send({ method: 'GET', url: '/api/device', headers: {} });
    expect(none.status).toBe(401);
    expect(none.json()).toEqual({
      error: { code: AUTH_FAILURES.unsigned, message: expect.stringContaining(DEVICE_HEADER) },
    });
    expect(none.headers['cache-control']).toBe('no-store');
    expect(none.headers['www-authenticate']).toBe('Balcao-Signature');
    for (const drop of [DEVICE_HEADER, NONCE_HEADER, SIGNATURE_HEADER]) {
      const res = await signedCall(send, device, { url: '/api/device', drop: [drop] });
      expect(errorCode(res), drop).toBe(AUTH_FAILURES.unsigned);
    }
    const notUuid = await signedCall(send, device, { url: '/api/device', deviceId: 'dev-1' });
    expect(errorCode(notUuid)).toBe(AUTH_FAILURES.unsigned);
  });

  it('refuses a device the hub never enrolled', async () => {
    const { send } = await enrolledHub();
    const stranger = { deviceId: randomUUID(), keys: await deviceKeys(), profile: {} };
    const res = await signedCall(send, stranger, { url: '/api/device' });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe(AUTH_FAILURES.unknownDevice);
  });

  it('refuses a revoked device, even with a good signature, with the hub’s signed proof for that call', async () => {
    const { hub, send, device } = await enrolledHub();
    await hub.store.revokeDevice(device.deviceId, hub.clock.now());
    const revokedAt = (await hub.store.device(device.deviceId))?.revokedAt;
    hub.clock.advance(60_000);
    const nonce = await fetchNonce(send);
    const res = await signedCall(send, device, { url: '/api/device', nonce });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Balcao-Signature');
    expect(res.headers['cache-control']).toBe('no-store');
    const { error, proof, proofs } = res.json() as {
      error: { code: string; message: string };
      proof: unknown;
      proofs: unknown[];
    };
    expect(error).toEqual({ code: AUTH_FAILURES.revoked, message: `device ${device.deviceId} was revoked` });
    // One proof a receipt key the hub keeps, the current one's first (it is `proof`).
    expect(proofs).toEqual([proof]);
    // Verified the way the device verifies it: with the receipt keys its enrollment gave it.
    const keys = device.profile.receiptKeys as ReceiptKey[];
    expect(await verifyRevocationProof(proof, keys, { deviceId: device.deviceId, nonce })).toEqual({
      deviceId: device.deviceId,
      nonce,
      revokedAt,
    });
  });

  it('gives each refused call of a revoked device its own proof, which vouches for no other call', async () => {
    const { hub, send, device } = await enrolledHub();
    await hub.store.revokeDevice(device.deviceId, hub.clock.now());
    const keys = device.profile.receiptKeys as ReceiptKey[];
    const first = await fetchNonce(send);
    const second = await fetchNonce(send);
    const proofOf = async (nonce: string) =>
      ((await signedCall(send, device, { url: '/api/device', nonce })).json() as { proof: string }).proof;
    const [one, two] = [await proofOf(first), await proofOf(second)];
    expect(await verifyRevocationProof(two, keys, { deviceId: device.deviceId, nonce: second })).toMatchObject({
      nonce: second,
    });
    await expect(verifyRevocationProof(one, keys, { deviceId: device.deviceId, nonce: second })).rejects.toThrow(
      /another call/,
    );
    // Nor for another device of the same hub.
    const other = await enrollDevice(send, await hub.code());
    await expect(verifyRevocationProof(one, keys, { deviceId: other.deviceId, nonce: first })).rejects.toThrow(
      /not this one/,
    );
  });

  it('proves a revocation that happens while the call is being checked, and runs no route', async () => {
    const { hub, send, device } = await enrolledHub();
    // The coordinator revokes the device between the hub reading it and using the nonce.
    let reads = 0;
    const store = {
      ...hub.store,
      device: async (id: string) => {
        reads += 1;
        if (reads > 1) return hub.store.device(id);
        const read = await hub.store.device(id);
        await hub.store.revokeDevice(id, new Date(hub.clock.now().getTime() - 5_000));
        return read;
      },
    };
    let routeRan = false;
    const app = Fastify();
    app.addHook('preHandler', requireDevice({ store, keys: hub.keys, now: hub.clock.now }));
    app.get('/api/device', async () => {
      routeRan = true;
      return { ok: true };
    });
    const nonce = await fetchNonce(send);
    const res = await signedCall(injectTransport(app), device, { url: '/api/device', nonce });
    await app.close();
    expect(res.status).toBe(401);
    expect(routeRan).toBe(false);
    const { proof } = res.json() as { proof: unknown };
    const keys = device.profile.receiptKeys as ReceiptKey[];
    expect(await verifyRevocationProof(proof, keys, { deviceId: device.deviceId, nonce })).toMatchObject({
      revokedAt: new Date(hub.clock.now().getTime() - 5_000).toISOString(),
    });
  });

  it('answers a hub error, not an unproven revocation, when it cannot sign the proof', async () => {
    const { hub, send, device } = await enrolledHub();
    await hub.store.revokeDevice(device.deviceId, hub.clock.now());
    const keys = {
      ...hub.keys,
      receipts: {
        ...hub.keys.receipts,
        signingKeys: async () => Promise.reject(new Error('the receipt key folder is unreadable')),
      },
    };
    const app = Fastify({ logger: false });
    app.setErrorHandler(handleError);
    app.addHook('preHandler', requireDevice({ store: hub.store, keys, now: hub.clock.now }));
    app.get('/api/device', async () => ({ ok: true }));
    const res = await signedCall(injectTransport(app), device, { url: '/api/device', nonce: await fetchNonce(send) });
    await app.close();
    // The device retries a 500 later; it would never wipe on it.
    expect(res.status).toBe(500);
    expect(errorCode(res)).toBe('internal');
  });

  it('carries no proof on any other refusal', async () => {
    const { send, device } = await enrolledHub();
    const forged = await signedCall(send, device, { url: '/api/device', signWith: (await deviceKeys()).privateKey });
    expect(errorCode(forged)).toBe(AUTH_FAILURES.badSignature);
    expect(forged.json()).not.toHaveProperty('proof');
  });

  it('refuses a nonce the hub never issued, and one that expired, as stale', async () => {
    const { hub, send, device } = await enrolledHub();
    const invented = await signedCall(send, device, { url: '/api/device', nonce: 'AAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(errorCode(invented)).toBe(AUTH_FAILURES.stale);
    const nonce = await fetchNonce(send);
    hub.clock.advance(NONCE_TTL_MS);
    const expired = await signedCall(send, device, { url: '/api/device', nonce });
    expect(expired.status).toBe(401);
    expect(errorCode(expired)).toBe(AUTH_FAILURES.stale);
    // The device's cure: a new nonce, signed again.
    expect((await signedCall(send, device, { url: '/api/device' })).status).toBe(200);
  });

  it('refuses a replayed call, and says replayed even when the replay is also forged', async () => {
    const { send, device } = await enrolledHub();
    const nonce = await fetchNonce(send);
    expect((await signedCall(send, device, { url: '/api/device', nonce })).status).toBe(200);
    const replay = await signedCall(send, device, { url: '/api/device', nonce });
    expect(replay.status).toBe(401);
    expect(errorCode(replay)).toBe(AUTH_FAILURES.replayed);
    const forgedReplay = await signedCall(send, device, {
      url: '/api/device',
      nonce,
      signWith: (await deviceKeys()).privateKey,
    });
    expect(errorCode(forgedReplay)).toBe(AUTH_FAILURES.replayed);
  });

  it('refuses a forged signature without spending the nonce, so the real call with it still passes', async () => {
    const { send, device } = await enrolledHub();
    const nonce = await fetchNonce(send);
    const forged = await signedCall(send, device, {
      url: '/api/device',
      nonce,
      signWith: (await deviceKeys()).privateKey,
    });
    expect(forged.status).toBe(401);
    expect(errorCode(forged)).toBe(AUTH_FAILURES.badSignature);
    expect((await signedCall(send, device, { url: '/api/device', nonce })).status).toBe(200);
  });

  it('lets only one of two calls racing with one nonce through', async () => {
    const { send, device } = await enrolledHub();
    const nonce = await fetchNonce(send);
    const answers = await Promise.all([1, 2, 3].map(() => signedCall(send, device, { url: '/api/device', nonce })));
    expect(answers.map((res) => res.status).sort()).toEqual([200, 401, 401]);
    expect(answers.filter((res) => res.status === 401).map(errorCode)).toEqual([
      AUTH_FAILURES.replayed,
      AUTH_FAILURES.replayed,
    ]);
  });
});

describe('GET /api/nonce', () => {
  it('answers a fresh single-use nonce of 16+ random bytes with its expiry, never cached', async () => {
    const { hub, send } = await enrolledHub();
    const res = await send({ method: 'GET', url: '/api/nonce', headers: {} });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { nonce, expiresAt } = res.json() as { nonce: string; expiresAt: string };
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(expiresAt).toBe(new Date(hub.clock.now().getTime() + NONCE_TTL_MS).toISOString());
    expect(await fetchNonce(send)).not.toBe(nonce);
  });
});
