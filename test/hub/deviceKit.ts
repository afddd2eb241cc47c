// A device in a test: a real WebCrypto ECDSA P-256 key pair, enrolled through the hub's API, making
// calls signed by the contract (src/core/deviceAuth/signedCall.ts) the way the app does, with knobs
// to get each thing wrong on purpose. It talks through a Transport, so the same device calls an
// in-process hub (`app.inject`) or a real hub process (`fetch`).
import type { FastifyInstance } from 'fastify';
import {
  base64url,
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../src/core/deviceAuth/signedCall.ts';

export interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  json(): unknown;
}

export type Transport = (request: Sent) => Promise<Answer>;

export function injectTransport(app: FastifyInstance): Transport {
  return async ({ method, url, headers, body }) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers,
      // inject takes bytes only as a Buffer (any other object it would send as JSON).
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : Buffer.from(body) }),
    });
    return { status: res.statusCode, headers: res.headers, json: () => res.json() };
  };
}

export function fetchTransport(baseUrl: string): Transport {
  return async ({ method, url, headers, body }) => {
    const res = await fetch(`${baseUrl}${url}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    return { status: res.status, headers: Object.fromEntries(res.headers), json: () => JSON.parse(text) };
  };
}

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export function deviceKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
}

export async function sign(key: CryptoKey, text: string): Promise<string> {
  return base64url(await crypto.subtle.sign(SIGN, key, new TextEncoder().encode(text)));
}

/** The body the app posts to /api/enroll; `proofKey`, `publicKey` and `proofCode` make it wrong on purpose. */
export async function enrollBody(
  code: string,
  keys: CryptoKeyPair,
  options: { label?: string; proofKey?: CryptoKey; publicKey?: JsonWebKey; proofCode?: string } = {},
): Promise<Record<string, unknown>> {
  const publicKey = options.publicKey ?? (await crypto.subtle.exportKey('jwk', keys.publicKey));
  const proofCode = (options.proofCode ?? code).toUpperCase().replace(/[\s-]/g, '');
  const proof = await sign(options.proofKey ?? keys.privateKey, `balcao-enroll-v1\n${proofCode}`);
  return { code, publicKey, proof, ...(options.label === undefined ? {} : { label: options.label }) };
}

export function postEnroll(send: Transport, body: unknown): Promise<Answer> {
  return send({
    method: 'POST',
    url: '/api/enroll',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export interface TestDevice {
  deviceId: string;
  keys: CryptoKeyPair;
  profile: Record<string, unknown>;
}

/** Enrolls a new device with `code`; throws with the hub's answer when it is refused. */
export async function enrollDevice(send: Transport, code: string, label?: string): Promise<TestDevice> {
  const keys = await deviceKeys();
  const res = await postEnroll(send, await enrollBody(code, keys, label === undefined ? {} : { label }));
  if (res.status !== 200) throw new Error(`enrollment refused: ${res.status} ${JSON.stringify(res.json())}`);
  const profile = res.json() as Record<string, unknown> & { deviceId: string };
  return { deviceId: profile.deviceId, keys, profile };
}

export async function fetchNonce(send: Transport): Promise<string> {
  const res = await send({ method: 'GET', url: '/api/nonce', headers: {} });
  return (res.json() as { nonce: string }).nonce;
}

export interface SignedCallOptions {
  method?: string;
  url: string;
  body?: string;
  /** A nonce to use instead of a fresh one (to replay one, or to send one the hub never issued). */
  nonce?: string;
  /** Sign with this key instead of the device's (a forger). */
  signWith?: CryptoKey;
  /** Claim to be this device id. */
  deviceId?: string;
  /** Send this body instead of the signed one (changed on the way). */
  sendBody?: string;
  /** Headers to drop before sending. */
  drop?: string[];
  /** The body's content type; JSON unless said. */
  contentType?: string;
}

/** One signed call, made as the app makes it: fetch a nonce, sign method, path, nonce, id and body digest, send. */
export async function signedCall(send: Transport, device: TestDevice, options: SignedCallOptions): Promise<Answer> {
  const method = options.method ?? 'GET';
  const nonce = options.nonce ?? (await fetchNonce(send));
  const deviceId = options.deviceId ?? device.deviceId;
  const text = signedCallText({
    method,
    path: options.url,
    nonce,
    deviceId,
    bodyDigest: await bodyDigest(options.body ?? null),
  });
  const headers: Record<string, string> = {
    [DEVICE_HEADER]: deviceId,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: await sign(options.signWith ?? device.keys.privateKey, text),
  };
  const body = options.sendBody ?? options.body;
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  for (const name of options.drop ?? []) delete headers[name];
  return send({ method, url: options.url, headers, ...(body === undefined ? {} : { body }) });
}

/** The error code of a refusal. */
export function errorCode(res: Answer): string | undefined {
  return (res.json() as { error?: { code?: string } }).error?.code;
}
