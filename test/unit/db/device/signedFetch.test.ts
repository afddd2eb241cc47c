import { Dexie } from 'dexie';
import { get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signRevocationProof } from '../../../../src/core/deviceAuth/revocationProof.ts';
import {
  AUTH_FAILURES,
  bodyDigest,
  DEVICE_HEADER,
  fromBase64url,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../../../src/core/deviceAuth/signedCall.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { DeviceNotEnrolled, deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { DEVICE_ROW_ID } from '../../../../src/db/device/deviceRecord.ts';
import { refreshDeviceProfile } from '../../../../src/db/device/refreshDeviceProfile.ts';
import { DeviceRevoked, SignedFetchError, signedFetch } from '../../../../src/db/device/signedFetch.ts';
import { wipeMarker } from '../../../../src/db/device/wipeDevice.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { saveDraft } from '../../../../src/db/secure/drafts.ts';
import { unlockMediator } from '../../../../src/db/secure/unlockMediator.ts';
import { CANARY_NAME, CANARY_NIF, canariesIn, everyRow } from '../../../kit/canary.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { queueRequests } from '../outbox/outboxKit.ts';
import { enrollWithFakeHub, HUB_KEY, RECEIPT_KEY, revocationProof, SPOT, signedProfile } from './fakeHub.ts';
import { type RefusedCall, revokedAnswer, unprovenRevocations } from './revocationAnswers.ts';

let db: BalcaoDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

async function enrolled() {
  db = freshDb();
  const enrolledNow = await enrollWithFakeHub(db, 7000);
  enrolledNow.hub.calls.length = 0;
  return enrolledNow;
}

describe('signedFetch', () => {
  it('signs method, path, nonce, device and body so the hub can verify it with the public key', async () => {
    const { hub, world } = await enrolled();
    const body = JSON.stringify({ requestId: 'r-1', serviceId: 'renovar-carta-conducao' });

    const response = await signedFetch(world, 'post', '/api/echo?batch=1', body);

    expect(response.status).toBe(200);
    const call = hub.calls.find((c) => c.path === '/api/echo?batch=1');
    if (!call) throw new Error('no call reached the hub');
    const device = await deviceIdentity(db);
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      device?.publicJwk as JsonWebKey,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const text = signedCallText({
      method: 'POST',
      path: '/api/echo?batch=1',
      nonce: call.headers.get(NONCE_HEADER) ?? '',
      deviceId: call.headers.get(DEVICE_HEADER) ?? '',
      bodyDigest: await bodyDigest(body),
    });
    const signature = fromBase64url(call.headers.get(SIGNATURE_HEADER) ?? '');
    const verify = (data: string) =>
      crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, signature, new TextEncoder().encode(data));
    expect(await verify(text)).toBe(true);
    // Bound to the body: the same signature does not vouch for another one.
    expect(await verify(text.replace(await bodyDigest(body), await bodyDigest('{}')))).toBe(false);
    expect(call.headers.get(DEVICE_HEADER)).toBe('dev-1');
    expect(call.headers.get('content-type')).toBe('application/json');
    // The nonce came from the hub just before.
    expect(hub.calls.map((c) => c.path)).toEqual(['/api/nonce', '/api/echo?batch=1']);
  });

  it('signs a byte body (a gzip batch) over the bytes sent', async () => {
    const { hub, world } = await enrolled();
    const bytes = new Uint8Array([31, 139, 8, 0, 1, 2, 3]);
    const response = await signedFetch(world, 'POST', '/api/echo', bytes, {
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(response.status).toBe(200);
    expect(hub.calls.at(-1)?.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('signs the path as it goes on the wire, accents and spaces percent-encoded', async () => {
    const { world } = await enrolled();
    const response = await signedFetch(world, 'GET', '/api/echo?q=cartão de cidadão');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ path: '/api/echo?q=cart%C3%A3o%20de%20cidad%C3%A3o' });
    await expect(signedFetch(world, 'GET', '//elsewhere.example/api')).rejects.toThrow(TypeError);
  });

  it('gets a new nonce and signs again once when the nonce went stale, then gives up', async () => {
    const { hub, world } = await enrolled();
    hub.staleNext = 1;
    expect((await signedFetch(world, 'GET', '/api/device')).status).toBe(200);
    const nonces = hub.calls.filter((c) => c.path === '/api/device').map((c) => c.headers.get(NONCE_HEADER));
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(hub.calls.filter((c) => c.path === '/api/nonce')).toHaveLength(2);

    hub.calls.length = 0;
    hub.staleNext = 5;
    const twice = await signedFetch(world, 'GET', '/api/device');
    expect(twice.status).toBe(401);
    expect(await twice.json()).toEqual({ error: { code: 'auth-stale' } });
    expect(hub.calls.filter((c) => c.path === '/api/device')).toHaveLength(2);
  });

  it('retries once on a replayed nonce', async () => {
    const { world } = await enrolled();
    let first = true;
    const replaying: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/api/device') && first) {
        first = false;
        return Response.json({ error: { code: 'auth-replayed' } }, { status: 401 });
      }
      return world.fetch(input, init);
    };
    expect((await signedFetch({ ...world, fetch: replaying }, 'GET', '/api/device')).status).toBe(200);
  });

  it('hands other refusals and hub errors back to the caller, body unread', async () => {
    const { hub, world } = await enrolled();
    hub.override.set('/api/echo', () => Response.json({ error: { code: 'auth-bad-signature' } }, { status: 401 }));
    const refused = await signedFetch(world, 'POST', '/api/echo', '{}');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: 'auth-bad-signature' } });

    hub.override.set('/api/echo', () => new Response('busy', { status: 503 }));
    expect((await signedFetch(world, 'POST', '/api/echo', '{}')).status).toBe(503);
    expect(await deviceIdentity(db)).toBeDefined();
  });

  it('says why a call could not be made: no network, no nonce, or no identity', async () => {
    const { hub, world } = await enrolled();
    hub.network = false;
    await expect(signedFetch(world, 'GET', '/api/device')).rejects.toMatchObject({ reason: 'offline' });
    hub.network = true;
    hub.override.set(
      '/api/nonce',
      () => new Response('<html>portal</html>', { headers: { 'content-type': 'text/html' } }),
    );
    await expect(signedFetch(world, 'GET', '/api/device')).rejects.toBeInstanceOf(SignedFetchError);
    await db.device.clear();
    await expect(signedFetch(world, 'GET', '/api/device')).rejects.toBeInstanceOf(DeviceNotEnrolled);
  });

  it('wipes the device when the hub says it was revoked, and says why', async () => {
    const { hub, world, settings, markers } = await enrolled();
    const { dataKey, mediator } = await createMediator(
      db,
      { name: 'Ana', secret: 'frase muito secreta', kind: 'passphrase' },
      { allowPin: false, iterations: 1_000 },
    );
    await saveDraft(db, dataKey, {
      id: 'd-1',
      mediatorId: mediator.id,
      kind: 'attendance',
      serviceId: null,
      payload: { name: 'Maria Canário' },
    });
    await set('locale', 'en', settings);
    hub.revoke('dev-1');

    await expect(signedFetch(world, 'GET', '/api/device')).rejects.toBeInstanceOf(DeviceRevoked);

    expect(await db.device.count()).toBe(0);
    expect(await db.mediators.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await get('locale', settings)).toBeUndefined();
    expect(await wipeMarker(markers)).toEqual({ reason: 'revoked', at: 7_000, complete: true });
    // And with no identity left, nothing more is signed.
    await expect(signedFetch(world, 'GET', '/api/device')).rejects.toBeInstanceOf(DeviceNotEnrolled);
  });
});

describe('signedFetch meeting a revoked answer that proves nothing', () => {
  /** Answers the device's `GET /api/device` with `answer`, made for that call; everything else goes to the hub. */
  function answering(world: { fetch: typeof fetch }, answer: (call: RefusedCall) => Promise<Response>) {
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (!String(input).endsWith('/api/device')) return world.fetch(input, init);
      const headers = new Headers(init?.headers);
      return answer({ deviceId: headers.get(DEVICE_HEADER) ?? '', nonce: headers.get(NONCE_HEADER) ?? '' });
    };
    return fetch;
  }

  it.each(unprovenRevocations(revocationProof, RECEIPT_KEY.kid))(
    'wipes nothing on %s: the outbox keeps its requests, and the call is a hub error to retry',
    async (_, answer) => {
      const { world, markers } = await enrolled();
      await queueRequests(db, 2);
      const logs: string[] = [];

      const error = await signedFetch(
        { ...world, fetch: answering(world, answer), log: (line) => logs.push(line) },
        'GET',
        '/api/device',
      ).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(SignedFetchError);
      expect(error).toMatchObject({ reason: 'garbage' });
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/^GET \/api\/device: a revoked answer that proves nothing \(.+\); nothing wiped$/);
      expect((await deviceIdentity(db))?.deviceId).toBe('dev-1');
      expect(await db.outbox.count()).toBe(2);
      expect(await wipeMarker(markers)).toBeUndefined();
      // Retried later, the call goes through as ever.
      expect((await signedFetch(world, 'GET', '/api/device')).status).toBe(200);
    },
  );

  it('says why it did not believe it', async () => {
    const { world } = await enrolled();
    const logs: string[] = [];
    const tell = async (answer: (call: RefusedCall) => Promise<Response>) => {
      await signedFetch(
        { ...world, fetch: answering(world, answer), log: (line) => logs.push(line) },
        'GET',
        '/api/device',
      ).catch(() => undefined);
      return logs.at(-1);
    };
    expect(await tell(async () => revokedAnswer())).toContain('no proof');
    expect(await tell(async ({ nonce }) => revokedAnswer(await revocationProof('dev-9', nonce)))).toContain(
      'for device dev-9, not this one',
    );
    expect(
      await tell(async ({ deviceId }) => revokedAnswer(await revocationProof(deviceId, 'old-nonce-00000000'))),
    ).toContain('for another call');
  });

  it('believes a proof signed with the older receipt key it holds, when the hub rotated since', async () => {
    const { world, markers } = await enrolled();
    const rotated = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const answer = async ({ deviceId, nonce }: RefusedCall) => {
      const revokedAt = '2026-03-02T10:00:00.000Z';
      const current = await signRevocationProof({ deviceId, nonce, revokedAt }, rotated.privateKey, 'receipt-2026-2');
      const older = await revocationProof(deviceId, nonce, revokedAt);
      return Response.json(
        { error: { code: AUTH_FAILURES.revoked, message: 'revoked' }, proof: current, proofs: [current, older] },
        { status: 401 },
      );
    };
    await expect(
      signedFetch({ ...world, fetch: answering(world, answer) }, 'GET', '/api/device'),
    ).rejects.toBeInstanceOf(DeviceRevoked);
    expect(await wipeMarker(markers)).toMatchObject({ reason: 'revoked', complete: true });
  });

  it('believes the words alone on a device enrolled before the hub had receipt keys', async () => {
    const { world, markers } = await enrolled();
    await db.device.toCollection().modify((row) => {
      delete row.receiptKeys;
    });
    await expect(
      signedFetch({ ...world, fetch: answering(world, async () => revokedAnswer()) }, 'GET', '/api/device'),
    ).rejects.toBeInstanceOf(DeviceRevoked);
    expect(await db.device.get(DEVICE_ROW_ID)).toBeUndefined();
    expect(await wipeMarker(markers)).toMatchObject({ reason: 'revoked', complete: true });
  });
});

describe('signedFetch on a revoked device, interrupted', () => {
  it('has destroyed the keys even when the rest of the wipe fails, and still says revoked', async () => {
    const { hub, world, markers } = await enrolled();
    const { dataKey, mediator } = await createMediator(
      db,
      { name: 'Ana', secret: 'frase muito secreta', kind: 'passphrase' },
      { allowPin: false, iterations: 1_000 },
    );
    await saveDraft(db, dataKey, {
      id: 'd-1',
      mediatorId: mediator.id,
      kind: 'attendance',
      serviceId: null,
      payload: { name: CANARY_NAME, nif: CANARY_NIF },
    });
    hub.revoke('dev-1');
    vi.spyOn(db, 'delete').mockImplementation(() => Dexie.Promise.reject(new Error('tab closed')));

    const error = await signedFetch(world, 'GET', '/api/device').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DeviceRevoked);
    expect((error as DeviceRevoked).wipeComplete).toBe(false);
    expect(await db.device.count()).toBe(0);
    expect(await db.mediators.count()).toBe(0);
    expect(await unlockMediator(db, mediator.id, 'frase muito secreta', 0)).toEqual({
      ok: false,
      reason: 'unknown-mediator',
    });
    expect(canariesIn(await everyRow(db))).toEqual([]);
    expect(await wipeMarker(markers)).toMatchObject({ reason: 'revoked', complete: false });
    vi.restoreAllMocks();
  });
});

describe('refreshDeviceProfile', () => {
  it('keeps the spot and hub keys the hub sends now', async () => {
    const { hub, world } = await enrolled();
    const rotated = [
      { kid: 'hub-2026-1', jwk: { kty: 'EC' } },
      { kid: 'hub-2026-2', jwk: { kty: 'EC' } },
    ];
    const receiptKeys = [{ kid: 'receipt-2026-2', jwk: { ...RECEIPT_KEY.jwk, x: 'rx2' } }, RECEIPT_KEY];
    const spot = { ...SPOT, lock: { ...SPOT.lock, allowPin: false } };
    const next = await signedProfile('dev-1', { spot, hubKeys: rotated, currentKid: 'hub-2026-2', receiptKeys });
    hub.override.set('/api/device', () => Response.json({ ...next, revoked: false }));
    const device = await refreshDeviceProfile(world);
    expect(device).toMatchObject({ currentKid: 'hub-2026-2', hubKeys: rotated, receiptKeys, profileUpdatedAt: 7_000 });
    expect((await deviceIdentity(db))?.spot.lock.allowPin).toBe(false);
  });

  it('refuses an answer that is not a device profile, and keeps the one it had', async () => {
    const { hub, world } = await enrolled();
    hub.override.set('/api/device', () => Response.json({ deviceId: 'dev-1', spot: null }));
    await expect(refreshDeviceProfile(world)).rejects.toMatchObject({ reason: 'garbage' });
    expect((await deviceIdentity(db))?.spot).toEqual(SPOT);
  });

  it('says which refusal it was when the hub does not know the device, and wipes nothing', async () => {
    const { hub, world } = await enrolled();
    hub.devices.clear();
    await expect(refreshDeviceProfile(world)).rejects.toMatchObject({
      reason: 'refused',
      hubCode: 'auth-unknown-device',
    });
    expect(await deviceIdentity(db)).toBeDefined();
  });

  it('does not wipe on an unsigned "revoked" in a 200 profile: only the hub’s signed proof revokes', async () => {
    const { hub, world, markers } = await enrolled();
    hub.override.set('/api/device', () =>
      Response.json({
        deviceId: 'dev-1',
        spot: SPOT,
        hubKeys: [HUB_KEY],
        currentKid: HUB_KEY.kid,
        receiptKeys: [RECEIPT_KEY],
        revoked: true,
      }),
    );
    await expect(refreshDeviceProfile(world)).rejects.toMatchObject({ name: 'SignedFetchError', reason: 'garbage' });
    expect(await wipeMarker(markers)).toBeUndefined();
    expect(await deviceIdentity(db)).toMatchObject({ deviceId: 'dev-1' });
  });

  it('round-trips through the real checks of the fake hub', async () => {
    const { world } = await enrolled();
    expect((await refreshDeviceProfile(world)).spot).toEqual(SPOT);
  });
});
