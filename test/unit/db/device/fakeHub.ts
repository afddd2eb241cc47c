// A hub in a function, for the device's tests: it enrolls with one-time codes, issues nonces and
// verifies signed calls by the contract (src/core/deviceAuth/signedCall.ts) with the device's public
// key, the way the real hub does, so a signature the device gets wrong is refused here too. A revoked
// device is refused with the hub's signed proof, over the nonce of that call, as the real hub refuses it.

import { createStore } from 'idb-keyval';
import { enrollProofText, normaliseEnrollCode } from '../../../../src/core/deviceAuth/enrollProof.ts';
import { type DeviceKeys, signKeys } from '../../../../src/core/deviceAuth/keysProof.ts';
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
import { enrollDevice } from '../../../../src/db/device/enrollDevice.ts';

export const SPOT = {
  id: 'mirandela-movel',
  name: 'Espaço Cidadão Móvel de Mirandela',
  kind: 'mobile',
  municipality: 'Mirandela',
  serviceIds: ['renovar-carta-conducao', 'pedir-registo-criminal'],
  lock: { idleLockSeconds: 120, hiddenLockSeconds: 30, allowPin: true },
} as const;

export const HUB_KEY = { kid: 'hub-2026-1', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } };
// A fixed key pair, so the profile the fake hub sends is the same constant every test can compare with.
const RECEIPT_PRIVATE_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: '16QZDBoZIGyqB4pqKIIgAI1ZkWeQGemHVHwTxopYHM0',
  y: 'veYFjqFTCW85pQ943g_iav1vCIy2dS43q6A-wYOWUSI',
  d: 'JBNv-bvAQresjus5j2giHFBo3QSXHV7v8gbvVrn5YAI',
};
const { d: _private, ...receiptPublicJwk } = RECEIPT_PRIVATE_JWK;
/** The hub's receipt key as its profile gives it to devices: the public half of the key its proofs are signed with. */
export const RECEIPT_KEY = { kid: 'receipt-2026-1', jwk: receiptPublicJwk };

/** The fake hub's receipt key with its private half, to sign what the real hub signs with it. */
export async function receiptSigner(): Promise<{ kid: string; privateKey: CryptoKey }> {
  return { kid: RECEIPT_KEY.kid, privateKey: await receiptPrivateKey() };
}

function receiptPrivateKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', RECEIPT_PRIVATE_JWK, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
}

/** The hub's signed proof that `deviceId` is revoked, for the call signed with `nonce`. */
export async function revocationProof(deviceId: string, nonce: string, revokedAt = '2026-03-02T10:00:00.000Z') {
  return signRevocationProof({ deviceId, nonce, revokedAt }, await receiptPrivateKey(), RECEIPT_KEY.kid);
}

/** The proof of a profile's keys, signed with the hub's receipt key as the real hub signs it. */
export async function keysProof(keys: DeviceKeys): Promise<string[]> {
  return signKeys(keys, [{ kid: RECEIPT_KEY.kid, privateKey: await receiptPrivateKey() }]);
}

/** A profile with these fields over the fake hub's own, its keys signed with the hub's receipt key. */
export async function signedProfile(deviceId: string, more: Record<string, unknown> = {}) {
  const profile = {
    deviceId,
    spot: SPOT,
    hubKeys: [HUB_KEY],
    currentKid: HUB_KEY.kid,
    receiptKeys: [RECEIPT_KEY],
    ...more,
  };
  return { ...profile, keysProof: await keysProof(profile as DeviceKeys) };
}

export interface SeenCall {
  method: string;
  path: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
  status: number;
}

type CodeState = 'valid' | 'expired' | 'used';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refuse = (status: number, code: string) => json({ error: { code, message: code } }, status);
const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

export function fakeHub(codes: Record<string, CodeState> = { ABCD1234: 'valid' }) {
  const codeStates = new Map(Object.entries(codes));
  const devices = new Map<string, { key: CryptoKey; revoked: boolean; label: string | undefined }>();
  const nonces = new Map<string, 'fresh' | 'used'>();
  const calls: SeenCall[] = [];
  const hub = {
    calls,
    devices,
    /** The next N signed calls are answered 401 auth-stale, as if the nonce expired on the way. */
    staleNext: 0,
    /** Every answer for this path is this status (a 503, a captive portal …). */
    override: new Map<string, () => Response | Promise<Response>>(),
    network: true,
    revoke(deviceId: string) {
      const device = devices.get(deviceId);
      if (device) device.revoked = true;
    },
    fetch: (async (input: string | URL | Request, init: RequestInit = {}) => {
      if (!hub.network) throw new TypeError('Failed to fetch');
      const url = new URL(String(input), 'https://hub.test');
      const method = (init.method ?? 'GET').toUpperCase();
      const path = `${url.pathname}${url.search}`;
      const headers = new Headers(init.headers);
      const body =
        init.body === undefined || init.body === null
          ? new Uint8Array()
          : typeof init.body === 'string'
            ? new TextEncoder().encode(init.body)
            : new Uint8Array(init.body as Uint8Array<ArrayBuffer>);
      const response = await answer(method, url.pathname, path, headers, body);
      calls.push({ method, path, headers, body, status: response.status });
      return response;
    }) as typeof fetch,
  };

  async function answer(
    method: string,
    route: string,
    path: string,
    headers: Headers,
    body: Uint8Array<ArrayBuffer>,
  ): Promise<Response> {
    const forced = hub.override.get(route);
    if (forced) return forced();
    if (method === 'POST' && route === '/api/enroll') return enroll(body);
    if (method === 'GET' && route === '/api/nonce') {
      const nonce = crypto.randomUUID();
      nonces.set(nonce, 'fresh');
      return json({ nonce, expiresAt: Date.now() + 300_000 });
    }
    const auth = await authenticate(method, path, headers, body);
    if ('failure' in auth) {
      return json({ error: { code: auth.failure }, ...(auth.proof === undefined ? {} : { proof: auth.proof }) }, 401);
    }
    if (method === 'GET' && route === '/api/device')
      return json({ ...(await signedProfile(auth.deviceId)), revoked: false });
    if (route === '/api/echo') return json({ path, received: new TextDecoder().decode(body) });
    return refuse(404, 'not-found');
  }

  async function enroll(bytes: Uint8Array<ArrayBuffer>): Promise<Response> {
    let body: { code?: unknown; publicKey?: JsonWebKey; proof?: unknown; label?: string };
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return refuse(400, 'enroll-bad-request');
    }
    if (typeof body.code !== 'string' || typeof body.proof !== 'string' || !body.publicKey) {
      return refuse(400, 'enroll-bad-request');
    }
    const code = normaliseEnrollCode(body.code);
    const state = codeStates.get(code);
    if (!state) return refuse(403, 'enroll-code-unknown');
    if (state === 'expired') return refuse(403, 'enroll-code-expired');
    if (state === 'used') return refuse(403, 'enroll-code-used');
    let key: CryptoKey;
    try {
      if (body.publicKey.d !== undefined) throw new Error('a private key was sent');
      key = await crypto.subtle.importKey('jwk', body.publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'verify',
      ]);
    } catch {
      return refuse(400, 'enroll-bad-key');
    }
    const proofOk = await crypto.subtle.verify(
      ECDSA,
      key,
      fromBase64url(body.proof),
      new TextEncoder().encode(enrollProofText(code)),
    );
    if (!proofOk) return refuse(403, 'enroll-bad-proof');
    codeStates.set(code, 'used');
    const deviceId = `dev-${devices.size + 1}`;
    devices.set(deviceId, { key, revoked: false, label: body.label });
    return json(await signedProfile(deviceId));
  }

  async function authenticate(
    method: string,
    path: string,
    headers: Headers,
    body: Uint8Array<ArrayBuffer>,
  ): Promise<{ deviceId: string } | { failure: string; proof?: string }> {
    const failure = (code: string) => ({ failure: code });
    const deviceId = headers.get(DEVICE_HEADER);
    const nonce = headers.get(NONCE_HEADER);
    const signature = headers.get(SIGNATURE_HEADER);
    if (!deviceId || !nonce || !signature) return failure(AUTH_FAILURES.unsigned);
    const device = devices.get(deviceId);
    if (!device) return failure(AUTH_FAILURES.unknownDevice);
    if (device.revoked) return { failure: AUTH_FAILURES.revoked, proof: await revocationProof(deviceId, nonce) };
    const text = signedCallText({ method, path, nonce, deviceId, bodyDigest: await bodyDigest(body) });
    const good = await crypto.subtle.verify(
      ECDSA,
      device.key,
      fromBase64url(signature),
      new TextEncoder().encode(text),
    );
    if (!good) return failure(AUTH_FAILURES.badSignature);
    const seen = nonces.get(nonce);
    if (seen === undefined) return failure(AUTH_FAILURES.stale);
    if (seen === 'used') return failure(AUTH_FAILURES.replayed);
    nonces.set(nonce, 'used');
    if (hub.staleNext > 0) {
      hub.staleNext -= 1;
      return failure(AUTH_FAILURES.stale);
    }
    return { deviceId };
  }

  return hub;
}

let enrolledWorlds = 0;

/**
 * `db` enrolled with a fresh fake hub (code ABCD1234, as dev-1), and the world its signed calls take:
 * its own idb-keyval stores for settings and wipe markers, and a clock fixed at `now`.
 */
export async function enrollWithFakeHub(db: BalcaoDb, now: number) {
  enrolledWorlds += 1;
  const hub = fakeHub({ ABCD1234: 'valid' });
  await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch });
  const settings = createStore(`fake-hub-settings-${enrolledWorlds}`, 'keyval');
  const markers = createStore(`fake-hub-markers-${enrolledWorlds}`, 'marker');
  return { hub, settings, markers, world: { db, fetch: hub.fetch, settings, markers, now: () => now } };
}
