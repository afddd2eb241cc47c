// tus-js-client's HTTP stack over fetch: the service worker, where the sender runs, has no XMLHttpRequest
// (tus-js-client's default stack in a browser). Every call is signed as signedFetch signs one, at the
// moment it goes, with a fresh hub nonce; what the signature covers in place of the body is the text of
// the call's tus headers (uploadCallBody in src/core/sync/uploadProtocol.ts).
import type { HttpRequest, HttpResponse, HttpStack } from 'tus-js-client';
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
import { uploadCallBody } from '../../core/sync/uploadProtocol.ts';
import type { KnownDevice } from '../device/deviceRecord.ts';
import { readJsonAnswer } from '../device/readJsonAnswer.ts';
import { judgeRevocation, SignedFetchError, type SignedFetchWorld, wipeRevokedDevice } from '../device/signedFetch.ts';

/** A slice of the ciphertext as tus-js-client hands it to the stack: it reads `size`, the stack sends `bytes`. */
export interface UploadChunk {
  size: number;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Who signs: the enrolled device's id and its non-extractable key; and the hub's keys its proofs verify with. */
export type SigningIdentity = Pick<KnownDevice, 'deviceId' | 'privateKey' | 'receiptKeys'>;

/** One upload call's time limit: a 256 KiB chunk takes about 2 s at 1 Mbit/s, 30 s on a 64 kbit/s link. */
const UPLOAD_CALL_TIMEOUT_MS = 60_000;

const NonceAnswer = v.object({ nonce: v.pipe(v.string(), v.nonEmpty()) });
// As signedFetch: a nonce gone stale on the way, or seen twice, is cured by signing once more.
const SIGN_AGAIN: readonly string[] = [AUTH_FAILURES.stale, AUTH_FAILURES.replayed];

/**
 * The stack for the uploads of the enrolled device `identity`. A call answered `auth-revoked` with a proof
 * (see judgeRevocation) wipes the device and fails with DeviceRevoked; without one it fails with
 * SignedFetchError `garbage`, which the upload retries, the device untouched. One that cannot be made
 * fails with SignedFetchError or fetch's error.
 */
export function tusFetchStack(world: SignedFetchWorld, identity: SigningIdentity): HttpStack {
  return {
    createRequest: (method, url) => new SignedTusCall(world, identity, method, url),
    getName: () => 'balcao-signed-fetch',
  };
}

class SignedTusCall implements HttpRequest {
  readonly #world: SignedFetchWorld;
  readonly #identity: SigningIdentity;
  readonly #method: string;
  readonly #url: string;
  readonly #headers = new Headers();
  readonly #stop = new AbortController();
  #progress: (bytesSent: number) => void = () => {};

  constructor(world: SignedFetchWorld, identity: SigningIdentity, method: string, url: string) {
    this.#world = world;
    this.#identity = identity;
    this.#method = method.toUpperCase();
    this.#url = url;
  }

  getMethod(): string {
    return this.#method;
  }

  getURL(): string {
    return this.#url;
  }

  setHeader(header: string, value: string): void {
    this.#headers.set(header, value);
  }

  getHeader(header: string): string | undefined {
    return this.#headers.get(header) ?? undefined;
  }

  setProgressHandler(handler: (bytesSent: number) => void): void {
    this.#progress = handler;
  }

  async send(body: UploadChunk | null = null): Promise<HttpResponse> {
    const url = new URL(this.#url);
    const path = `${url.pathname}${url.search}`;
    const digest = await bodyDigest(uploadCallBody((name) => this.#headers.get(name)));
    let answer = await this.#signedSend(url, path, digest, body);
    let failure = answer.authFailure();
    if (failure !== undefined && SIGN_AGAIN.includes(failure)) {
      answer = await this.#signedSend(url, path, digest, body);
      failure = answer.authFailure();
    }
    if (failure === AUTH_FAILURES.revoked) {
      const verdict = await judgeRevocation(this.#identity, answer.nonce, answer.json());
      if (verdict.believed) return wipeRevokedDevice(this.#world);
      const why = `${this.#method} ${path}: a revoked answer that proves nothing (${verdict.why}); nothing wiped`;
      (this.#world.log ?? console.warn)(why);
      throw new SignedFetchError('garbage', why);
    }
    // fetch tells nothing while a body goes out: the chunk counts as sent once it is answered.
    if (body !== null) this.#progress(body.size);
    return answer;
  }

  async abort(): Promise<void> {
    this.#stop.abort();
  }

  getUnderlyingObject(): AbortController {
    return this.#stop;
  }

  async #signedSend(url: URL, path: string, digest: string, body: UploadChunk | null): Promise<FetchedAnswer> {
    const nonce = await this.#nonce(url.origin);
    const text = signedCallText({
      method: this.#method,
      path,
      nonce,
      deviceId: this.#identity.deviceId,
      bodyDigest: digest,
    });
    // Signed here, as it goes: a retry an hour later is signed an hour later.
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      this.#identity.privateKey,
      new TextEncoder().encode(text),
    );
    const headers = new Headers(this.#headers);
    headers.set(DEVICE_HEADER, this.#identity.deviceId);
    headers.set(NONCE_HEADER, nonce);
    headers.set(SIGNATURE_HEADER, base64url(signature));
    return this.#within(async (signal) => {
      const response = await this.#world.fetch(url.href, {
        method: this.#method,
        headers,
        ...(body === null ? {} : { body: body.bytes }),
        cache: 'no-store',
        signal,
      });
      return new FetchedAnswer(response, await response.text(), nonce);
    });
  }

  async #nonce(origin: string): Promise<string> {
    let answer: { status: number; json: unknown };
    try {
      answer = await this.#within(async (signal) => {
        const response = await this.#world.fetch(`${origin}/api/nonce`, {
          headers: { accept: 'application/json' },
          cache: 'no-store',
          signal,
        });
        return { status: response.status, json: response.ok ? await readJsonAnswer(response) : undefined };
      });
    } catch (error) {
      throw new SignedFetchError('offline', `hub unreachable: ${String(error)}`);
    }
    if (answer.status !== 200) throw new SignedFetchError('hub-error', `the hub answered ${answer.status} for a nonce`);
    const parsed = v.safeParse(NonceAnswer, answer.json);
    if (!parsed.success) throw new SignedFetchError('garbage', 'the nonce answer is not the hub’s');
    return parsed.output.nonce;
  }

  /** Runs a step of the call under its time limit and tus's abort, whichever comes first. */
  async #within<T>(step: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const limit = new AbortController();
    const stop = () => limit.abort(this.#stop.signal.reason);
    this.#stop.signal.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(
      () => limit.abort(new DOMException('the upload call took too long', 'TimeoutError')),
      this.#world.timeoutMs ?? UPLOAD_CALL_TIMEOUT_MS,
    );
    try {
      if (this.#stop.signal.aborted) throw this.#stop.signal.reason;
      return await step(limit.signal);
    } finally {
      clearTimeout(timer);
      this.#stop.signal.removeEventListener('abort', stop);
    }
  }
}

class FetchedAnswer implements HttpResponse {
  readonly #response: Response;
  readonly #body: string;

  /** `nonce`: the one the call was signed with, which a revocation proof must name. */
  constructor(
    response: Response,
    body: string,
    readonly nonce: string,
  ) {
    this.#response = response;
    this.#body = body;
  }

  getStatus(): number {
    return this.#response.status;
  }

  getHeader(header: string): string | undefined {
    return this.#response.headers.get(header) ?? undefined;
  }

  getBody(): string {
    return this.#body;
  }

  getUnderlyingObject(): Response {
    return this.#response;
  }

  /** The hub's code for a 401 (`auth-stale` …), read as authFailure reads it. */
  authFailure(): string | undefined {
    if (this.#response.status !== 401) return undefined;
    const code = (this.json() as { error?: { code?: unknown } } | undefined)?.error?.code;
    return typeof code === 'string' ? code : undefined;
  }

  /** The body's JSON value, or undefined when it is not JSON (a portal's page). */
  json(): unknown {
    if (!(this.#response.headers.get('content-type') ?? '').includes('application/json')) return undefined;
    try {
      return JSON.parse(this.#body);
    } catch {
      return undefined;
    }
  }
}
