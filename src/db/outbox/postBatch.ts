// One batch to the hub (issue 5, item 2; DESIGN.md "The hub's contract"): the JSON, gzip-compressed,
// signed at send time with a fresh hub nonce: the one the hub's answer to the drain's last batch carried
// (its `nextNonce`), or one fetched when there is none. Not through signedFetch, which signs the bytes it sends:
// the contract's digest is over the body before its Content-Encoding (signedCall.ts, and the hub inflates
// before it checks, server/api/keepRawBody.ts), and this call's time limit grows with its body.
// Every answer is classified here; nothing else reads the hub's status codes.
import * as v from 'valibot';
import {
  AUTH_FAILURES,
  base64url,
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../core/deviceAuth/signedCall.ts';
import { DELIVERY_PATH } from '../../core/sync/deliveryProtocol.ts';
import type { DeviceRecord } from '../device/deviceRecord.ts';
import { judgeRevocation, wipeRevokedDevice } from '../device/signedFetch.ts';
import type { DrainWorld } from './drainWorld.ts';
import { gzip } from './gzip.ts';
import type { LinkBudget } from './linkBudget.ts';
import { type AnswerResult, parseDeliveryAnswer } from './parseDeliveryAnswer.ts';
import { retryAfterMs } from './retryDelay.ts';

/** What the sender does with the answer to one batch. */
export type CallResult =
  /** The hub answered with a result per request (some may be missing). */
  | { kind: 'answer'; results: Map<string, AnswerResult>; elapsedMs: number; wireBytes: number }
  /**
   * Not now, for the whole batch: `link` when the call never got a hub's answer (no network, a timeout, an
   * answer cut short), otherwise the hub or something in front of it said so (408/425/429/5xx, garbage).
   */
  | {
      kind: 'retry';
      code: string;
      why: string;
      link: boolean;
      timedOut: boolean;
      retryAfterMs: number | null;
      wireBytes: number;
    }
  /** 413: the hub's body limit is below this batch. */
  | { kind: 'too-large'; wireBytes: number }
  /**
   * A permanent refusal of the whole call (4xx), with the hub's code. `device` when it is about the device
   * and not the requests (a 401 other than a nonce to renew): splitting the batch would not help.
   */
  | { kind: 'refused'; status: number; code: string; device: boolean; fromHub: boolean; wireBytes: number }
  /** The hub said the device is revoked, and proved it (see judgeRevocation): it has been wiped. */
  | { kind: 'revoked' };

/**
 * The nonce the hub's last answer in this drain carried, for the next call: taken once, kept in memory
 * for this drain only. It saves the next batch a round trip; when it turns out stale or used, the call
 * is signed again with a fetched one, and that refusal does not count among SIGN_AGAIN_TIMES.
 */
export interface CarriedNonce {
  nonce: string | null;
}

/** A call refused for a fetched nonce is signed again at once, this many times. */
export const SIGN_AGAIN_TIMES = 2;
const NONCE_PATH = '/api/nonce';
const SIGN_AGAIN: readonly string[] = [AUTH_FAILURES.stale, AUTH_FAILURES.replayed];
const ErrorAnswer = v.object({ error: v.object({ code: v.pipe(v.string(), v.nonEmpty()) }) });
const NonceAnswer = v.object({ nonce: v.pipe(v.string(), v.nonEmpty()) });

type Transient = Extract<CallResult, { kind: 'retry' }>;

export async function postBatch(
  world: DrainWorld,
  device: DeviceRecord,
  json: string,
  budget: LinkBudget,
  carried: CarriedNonce = { nonce: null },
): Promise<CallResult> {
  const plain = new TextEncoder().encode(json);
  const [digest, body] = await Promise.all([bodyDigest(plain), gzip(plain)]);
  const wireBytes = body.byteLength;
  const timeoutMs = budget.timeoutMs(wireBytes);

  for (let signing = 0; ; ) {
    const wasCarried = carried.nonce !== null;
    const nonce = carried.nonce ?? (await fetchNonce(world, budget, wireBytes));
    carried.nonce = null;
    if (typeof nonce !== 'string') return nonce;
    const text = signedCallText({
      method: 'POST',
      path: DELIVERY_PATH,
      nonce,
      deviceId: device.deviceId,
      bodyDigest: digest,
    });
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      device.privateKey,
      new TextEncoder().encode(text),
    );
    const startedAt = world.now();
    const answer = await exchange(world, `${world.hubUrl ?? ''}${DELIVERY_PATH}`, wireBytes, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        [DEVICE_HEADER]: device.deviceId,
        [NONCE_HEADER]: nonce,
        [SIGNATURE_HEADER]: base64url(signature),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if ('kind' in answer) return answer;
    const { response, text: answerText } = answer;
    const elapsedMs = world.now() - startedAt;
    const status = response.status;
    const contentType = response.headers.get('content-type');

    if (status >= 200 && status < 300) {
      const parsed = parseDeliveryAnswer(contentType, answerText);
      if (parsed.ok) {
        carried.nonce = parsed.nextNonce;
        return { kind: 'answer', results: parsed.results, elapsedMs, wireBytes };
      }
      return transient('garbage', `a ${status} that is no delivery answer: ${parsed.why}`, false, null, wireBytes);
    }
    const code = hubCode(contentType, answerText);
    if (status === 401) {
      if (code !== null && SIGN_AGAIN.includes(code)) {
        if (wasCarried) continue;
        if (signing < SIGN_AGAIN_TIMES) {
          signing += 1;
          continue;
        }
      }
      if (code === AUTH_FAILURES.revoked) {
        const verdict = await judgeRevocation(device, nonce, answerJson(contentType, answerText));
        // Unproven, it is not the hub's word (a portal, a man in the middle): the batch waits, nothing is wiped.
        if (!verdict.believed) {
          return transient('garbage', `a revoked answer that proves nothing: ${verdict.why}`, false, null, wireBytes);
        }
        try {
          await wipeRevokedDevice(world);
        } catch {
          // DeviceRevoked, always: the keys are gone whether or not the rest of the wipe finished.
        }
        return { kind: 'revoked' };
      }
      if (code !== null && SIGN_AGAIN.includes(code)) {
        return transient(code, `the hub refused ${SIGN_AGAIN_TIMES + 1} fresh nonces in a row`, false, null, wireBytes);
      }
      return { kind: 'refused', status, code: code ?? 'http-401', device: true, fromHub: code !== null, wireBytes };
    }
    if (status === 413) return { kind: 'too-large', wireBytes };
    if (isTransient(status)) {
      const wait = retryAfterMs(response.headers.get('retry-after'), response.headers.get('date'), world.now());
      return transient(`http-${status}`, `the hub answered ${status}${code ? ` ${code}` : ''}`, false, wait, wireBytes);
    }
    // No such route here (a hub not yet updated, a proxy's path): nothing wrong with the requests.
    if (status === 404 || status === 405) {
      return transient(
        `http-${status}`,
        `${DELIVERY_PATH} answered ${status}: is this Balcão's hub?`,
        false,
        null,
        wireBytes,
      );
    }
    if (status >= 400 && status < 500) {
      // A refusal that still carries a result per request (409 when every request is a conflict): each
      // request is settled by its own result, with the hub's words, and the batch needs no splitting.
      const parsed = parseDeliveryAnswer(contentType, answerText);
      if (parsed.ok && parsed.results.size > 0) {
        carried.nonce = parsed.nextNonce;
        return { kind: 'answer', results: parsed.results, elapsedMs, wireBytes };
      }
      return {
        kind: 'refused',
        status,
        code: code ?? `http-${status}`,
        device: false,
        fromHub: code !== null,
        wireBytes,
      };
    }
    return transient('garbage', `an unexpected ${status} answer`, false, null, wireBytes);
  }
}

function isTransient(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || (status >= 500 && status < 600);
}

function transient(
  code: string,
  why: string,
  link: boolean,
  wait: number | null,
  wireBytes: number,
  timedOut = false,
): Transient {
  return { kind: 'retry', code, why, link, timedOut, retryAfterMs: wait, wireBytes };
}

/** A call and its whole body, read within the call's time limit; a failure on the way is the link's. */
async function exchange(
  world: DrainWorld,
  url: string,
  wireBytes: number,
  init: RequestInit,
): Promise<{ response: Response; text: string } | Transient> {
  let response: Response;
  try {
    response = await world.fetch(url, init);
  } catch (error) {
    return linkFailure(error, 'no answer', wireBytes);
  }
  try {
    return { response, text: await response.text() };
  } catch (error) {
    // The hub may have stored the batch and the answer was lost: the same ids send again, and the hub
    // answers the same receipts (idempotency), so this is a retry like any other.
    return linkFailure(error, 'the answer was cut short', wireBytes);
  }
}

function linkFailure(error: unknown, what: string, wireBytes: number): Transient {
  const timedOut = error instanceof Error && error.name === 'TimeoutError';
  return transient(timedOut ? 'timeout' : 'offline', `${what}: ${String(error)}`, true, null, wireBytes, timedOut);
}

async function fetchNonce(world: DrainWorld, budget: LinkBudget, wireBytes: number): Promise<string | Transient> {
  const answer = await exchange(world, `${world.hubUrl ?? ''}${NONCE_PATH}`, wireBytes, {
    headers: { accept: 'application/json' },
    cache: 'no-store',
    signal: AbortSignal.timeout(budget.timeoutMs(0)),
  });
  if ('kind' in answer) return answer;
  const { response, text } = answer;
  if (!response.ok) {
    const wait = isTransient(response.status)
      ? retryAfterMs(response.headers.get('retry-after'), response.headers.get('date'), world.now())
      : null;
    return transient(
      `http-${response.status}`,
      `the hub answered ${response.status} for a nonce`,
      false,
      wait,
      wireBytes,
    );
  }
  let json: unknown;
  try {
    json = (response.headers.get('content-type') ?? '').includes('application/json') ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const parsed = v.safeParse(NonceAnswer, json);
  if (!parsed.success) {
    const type = response.headers.get('content-type') || 'untyped';
    return transient('garbage', `the nonce answer (${type}) is not the hub's`, false, null, wireBytes);
  }
  return parsed.output.nonce;
}

/** The hub's `{error: {code}}`, or null when the body is not the hub's (a proxy's page). */
function hubCode(contentType: string | null, text: string): string | null {
  const parsed = v.safeParse(ErrorAnswer, answerJson(contentType, text));
  return parsed.success ? parsed.output.error.code : null;
}

/** A JSON answer's value, or undefined when it is not JSON. */
function answerJson(contentType: string | null, text: string): unknown {
  if (!(contentType ?? '').includes('application/json')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
