// The signed-call protocol between an enrolled device and the hub (issue: device enrollment). Every
// device call but the public catalog reads carries these headers; the signature is made when the call is
// sent (never when it is queued), over the method, the path with its query, a one-time nonce the hub
// issued (by `GET /api/nonce`, or as the `nextNonce` of a delivery answer, for the drain's next batch),
// the device id and the SHA-256 of the body. The hub's nonce gives freshness without trusting the
// laptop's clock (a van's laptop can be hours off).

export const DEVICE_HEADER = 'balcao-device';
export const NONCE_HEADER = 'balcao-nonce';
export const SIGNATURE_HEADER = 'balcao-signature';

/** How long a nonce the hub issued can be used, and it can be used once. */
export const NONCE_TTL_MS = 5 * 60_000;

/** A nonce as the nonce header may carry it; the hub refuses any other as `auth-unsigned`. */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** Why the hub refused a device's call (401), each with its own code so the device knows what to do. */
export const AUTH_FAILURES = {
  /** A header is missing or malformed: a bug on the device. */
  unsigned: 'auth-unsigned',
  /** The device id is not one the hub enrolled: enroll again. */
  unknownDevice: 'auth-unknown-device',
  /** The device was revoked by a coordinator: destroy the keys, wipe, enroll again. */
  revoked: 'auth-revoked',
  /** The signature does not verify with the device's key: forged or corrupted. */
  badSignature: 'auth-bad-signature',
  /** The nonce is unknown or expired: fetch a new one, sign again, retry. */
  stale: 'auth-stale',
  /** The nonce was already used: a replay (or a retry that must be signed again). */
  replayed: 'auth-replayed',
} as const;
export type AuthFailure = (typeof AUTH_FAILURES)[keyof typeof AUTH_FAILURES];

export interface SignedCallParts {
  method: string;
  /** The path with its query string, URL-encoded exactly as sent (`/api/x?q=cart%C3%A3o`). */
  path: string;
  nonce: string;
  deviceId: string;
  /**
   * base64url of SHA-256 over the body's bytes before any Content-Encoding (the JSON, not its gzip: the
   * hub inflates first, then checks); the empty body's digest when there is none.
   */
  bodyDigest: string;
}

// The signature header is base64url of the 64-byte r‖s (IEEE P1363) form WebCrypto's ECDSA gives, not DER.

/** The bytes both sides sign and verify: one field a line, in a fixed order, after a version tag. */
export function signedCallText(parts: SignedCallParts): string {
  return ['balcao-call-v1', parts.method.toUpperCase(), parts.path, parts.nonce, parts.deviceId, parts.bodyDigest].join(
    '\n',
  );
}

/** base64url without padding (RFC 4648 §5), as JOSE writes it. */
export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** SHA-256 of a body, base64url: WebCrypto, so the same code runs in the window, the worker and the hub. */
export async function bodyDigest(body: Uint8Array<ArrayBuffer> | string | null): Promise<string> {
  const bytes = body === null ? new Uint8Array() : typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return base64url(await crypto.subtle.digest('SHA-256', bytes));
}
