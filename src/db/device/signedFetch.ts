// Every device call to the hub but the public catalog reads (issue 3, item 2), signed at send time
// with the device's key over the contract's text (src/core/deviceAuth/signedCall.ts): method, path with
// query, a fresh hub nonce, the device id and the body's digest.
import * as v from 'valibot';
import { RevocationProofInvalid, verifyRevocationProof } from '../../core/deviceAuth/revocationProof.ts';
import {
  AUTH_FAILURES,
  base64url,
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../core/deviceAuth/signedCall.ts';
import type { ReceiptKey } from '../../core/sync/receipt.ts';
import { DeviceNotEnrolled, deviceIdentity } from './deviceIdentity.ts';
import type { DeviceRecord } from './deviceRecord.ts';
import { readJsonAnswer } from './readJsonAnswer.ts';
import { type WipeWorld, wipeDevice } from './wipeDevice.ts';

export interface SignedFetchWorld extends WipeWorld {
  fetch: typeof fetch;
  /** The hub's origin; the page's own origin when empty. The signed path is the one after it. */
  hubUrl?: string;
  timeoutMs?: number;
  /** Why an answer was not believed (a revocation nobody proved …); the console when absent. */
  log?: (message: string) => void;
}

export type SignedBody = string | Uint8Array<ArrayBuffer>;

export interface SignedInit {
  /** Sent as they are and not signed; `content-type` defaults to JSON for a string body. */
  headers?: Record<string, string>;
}

/**
 * The hub says a coordinator revoked this device. By the time this is thrown the keys are gone; when
 * `wipeComplete` is false the rest of the wipe failed (see `cause`) and `finishInterruptedWipe` ends it.
 */
export class DeviceRevoked extends Error {
  override name = 'DeviceRevoked';
  constructor(
    readonly wipeComplete: boolean,
    options?: ErrorOptions,
  ) {
    super('the hub revoked this device', options);
  }
}

/** Wipes a device the hub revoked, then throws DeviceRevoked whether or not every step of the wipe succeeded. */
export async function wipeRevokedDevice(world: WipeWorld): Promise<never> {
  try {
    await wipeDevice(world, 'revoked');
  } catch (error) {
    throw new DeviceRevoked(false, { cause: error });
  }
  throw new DeviceRevoked(true);
}

/**
 * A signed call that could not be made (no network, no usable nonce) or, from the helpers built on
 * signedFetch, an answer they cannot use: `refused` carries the hub's 401 code (`auth-unknown-device` …).
 */
export class SignedFetchError extends Error {
  override name = 'SignedFetchError';
  constructor(
    readonly reason: 'offline' | 'hub-error' | 'garbage' | 'refused',
    message: string,
    readonly hubCode: string | null = null,
  ) {
    super(message);
  }
}

const NonceAnswer = v.object({ nonce: v.pipe(v.string(), v.nonEmpty()) });
const ErrorAnswer = v.object({ error: v.object({ code: v.string() }) });
// A nonce that went stale on the way, or one the hub saw twice, is cured by signing again once.
const SIGN_AGAIN: readonly string[] = [AUTH_FAILURES.stale, AUTH_FAILURES.replayed];

/**
 * Sends a call signed by this device. The hub's answer comes back as it is, whatever its status, for the
 * caller to classify, except: a stale or replayed nonce is retried once with a new one, and `auth-revoked`
 * with a proof (see judgeRevocation) wipes the device and throws DeviceRevoked; one without is not the
 * hub's word, and throws SignedFetchError `garbage` (the caller retries later), the device untouched.
 * Throws DeviceNotEnrolled before enrollment and SignedFetchError when the call cannot be made.
 */
export async function signedFetch(
  world: SignedFetchWorld,
  method: string,
  path: string,
  body?: SignedBody,
  init: SignedInit = {},
): Promise<Response> {
  path = canonicalPath(path);
  const identity = await deviceIdentity(world.db);
  if (!identity) throw new DeviceNotEnrolled('the device is not enrolled');
  const digest = await bodyDigest(body ?? null);

  let sent = await send(world, identity, method, path, body, digest, init);
  let failure = await authFailure(sent.response);
  if (failure !== undefined && SIGN_AGAIN.includes(failure)) {
    sent = await send(world, identity, method, path, body, digest, init);
    failure = await authFailure(sent.response);
  }
  if (failure === AUTH_FAILURES.revoked) {
    const verdict = await judgeRevocation(identity, sent.nonce, await readJsonAnswer(sent.response.clone()));
    if (verdict.believed) return wipeRevokedDevice(world);
    const why = `${method.toUpperCase()} ${path}: a revoked answer that proves nothing (${verdict.why}); nothing wiped`;
    (world.log ?? console.warn)(why);
    throw new SignedFetchError('garbage', why);
  }
  return sent.response;
}

/** Whether an `auth-revoked` answer is the hub's word for this device and this call, and if not, why. */
export type RevocationVerdict = { believed: true } | { believed: false; why: string };

/**
 * Judges the body of a 401 `auth-revoked` answer to the call the device signed with `nonce`: believed
 * only when its `proof` verifies with one of the device's receipt keys and names the device and that
 * nonce. Whoever can answer on the van's network could send the words alone; on them, the device wipes
 * nothing (the outbox keeps the requests it has not delivered) and the call is retried later.
 */
export async function judgeRevocation(
  device: { deviceId: string; receiptKeys?: readonly ReceiptKey[] | undefined },
  nonce: string,
  answer: unknown,
): Promise<RevocationVerdict> {
  const keys = device.receiptKeys ?? [];
  // A device enrolled before the hub had receipt keys holds none, so no proof could verify and such a
  // device would never wipe, even when a coordinator revoked it (a stolen laptop): it is believed on
  // the words alone, as before proofs. Its next profile refresh (GET /api/device) brings the keys, and
  // from then on it asks for the proof.
  if (keys.length === 0) return { believed: true };
  const body = typeof answer === 'object' && answer !== null ? (answer as { proof?: unknown; proofs?: unknown }) : {};
  // `proof` is signed with the hub's current receipt key; `proofs`, with each it keeps, for a device that
  // missed a rotation and holds only an older one.
  const proofs = [body.proof, ...(Array.isArray(body.proofs) ? body.proofs.slice(0, MAX_PROOFS) : [])];
  let why = 'no proof';
  for (const proof of proofs) {
    try {
      await verifyRevocationProof(proof, keys, { deviceId: device.deviceId, nonce });
      return { believed: true };
    } catch (error) {
      // Anything else that fails on the way (a stored key WebCrypto refuses) proves nothing either.
      why = error instanceof RevocationProofInvalid ? error.message : String(error);
    }
  }
  return { believed: false, why };
}

/** A hub keeps a few receipt keys; an answer listing more proofs than this is not read past them. */
const MAX_PROOFS = 16;

async function send(
  world: SignedFetchWorld,
  identity: DeviceRecord,
  method: string,
  path: string,
  body: SignedBody | undefined,
  digest: string,
  init: SignedInit,
): Promise<{ response: Response; nonce: string }> {
  const nonce = await fetchNonce(world);
  const text = signedCallText({ method, path, nonce, deviceId: identity.deviceId, bodyDigest: digest });
  // Signed here, just before sending, never earlier: a queued call is signed when it finally goes.
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    identity.privateKey,
    new TextEncoder().encode(text),
  );
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}),
    ...init.headers,
    [DEVICE_HEADER]: identity.deviceId,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: base64url(signature),
  };
  try {
    const response = await world.fetch(`${world.hubUrl ?? ''}${path}`, {
      method: method.toUpperCase(),
      headers,
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(world.timeoutMs ?? 20_000),
    });
    return { response, nonce };
  } catch (error) {
    throw new SignedFetchError('offline', `hub unreachable: ${String(error)}`);
  }
}

/**
 * The path as fetch will put it on the wire (WHATWG URL serialisation: `cartão` becomes `cart%C3%A3o`),
 * so the device signs the bytes the hub reads and not a spelling fetch then changes.
 */
function canonicalPath(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new TypeError(`a signed path starts with one "/": ${path}`);
  const url = new URL(path, 'https://hub.invalid');
  return `${url.pathname}${url.search}`;
}

async function fetchNonce(world: SignedFetchWorld): Promise<string> {
  let response: Response;
  try {
    response = await world.fetch(`${world.hubUrl ?? ''}/api/nonce`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(world.timeoutMs ?? 20_000),
    });
  } catch (error) {
    throw new SignedFetchError('offline', `hub unreachable: ${String(error)}`);
  }
  if (!response.ok) throw new SignedFetchError('hub-error', `the hub answered ${response.status} for a nonce`);
  const parsed = v.safeParse(NonceAnswer, await readJsonAnswer(response));
  if (!parsed.success) throw new SignedFetchError('garbage', 'the nonce answer is not the hub’s');
  return parsed.output.nonce;
}

/** The hub's reason for a 401, read from a copy so the caller still gets an unread body. */
export async function authFailure(response: Response): Promise<string | undefined> {
  if (response.status !== 401) return undefined;
  const parsed = v.safeParse(ErrorAnswer, await readJsonAnswer(response.clone()));
  return parsed.success ? parsed.output.error.code : undefined;
}
