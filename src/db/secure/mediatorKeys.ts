// The key ladder of a mediator (DESIGN.md "Keys"): secret → PBKDF2-SHA256 → a wrapping key that unwraps
// their AES-GCM data key. Every key that leaves this module is non-extractable, so no script, ours or an
// injected one, can read its bytes; the extractable data key exists only for the instant it is wrapped.
import { normaliseSecret } from '../../core/session/validateSecret.ts';

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023): the cost a thief pays for every guess. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
const IV_BYTES = 12;
const AES_GCM_256 = { name: 'AES-GCM', length: 256 } as const;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** The key that wraps a mediator's data key, derived from their secret. */
export async function deriveWrappingKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normaliseSecret(secret)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, AES_GCM_256, false, [
    'wrapKey',
    'unwrapKey',
  ]);
}

/** A new data key, wrapped, and the same key unwrapped again as non-extractable for use. */
export async function newDataKey(
  wrappingKey: CryptoKey,
  mediatorId: string,
): Promise<{ wrapped: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer>; dataKey: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey(AES_GCM_256, true, ['encrypt', 'decrypt']);
  const iv = randomBytes(IV_BYTES);
  const wrapped = new Uint8Array(
    await crypto.subtle.wrapKey('raw', extractable, wrappingKey, wrapParams(iv, mediatorId)),
  );
  // Unwrapping what will be stored both proves it opens and yields the non-extractable key to keep.
  const dataKey = await unwrapDataKey(wrapped, iv, wrappingKey, mediatorId);
  return { wrapped, iv, dataKey };
}

/** The mediator's data key, non-extractable; rejects (OperationError) when the wrapping key is wrong. */
export async function unwrapDataKey(
  wrapped: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  wrappingKey: CryptoKey,
  mediatorId: string,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey('raw', wrapped, wrappingKey, wrapParams(iv, mediatorId), AES_GCM_256, false, [
    'encrypt',
    'decrypt',
  ]);
}

// The wrapped key is bound to its mediator: a wrapped key copied onto another mediator's row fails.
function wrapParams(iv: Uint8Array<ArrayBuffer>, mediatorId: string): AesGcmParams {
  return { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`balcao-data-key-v1:${mediatorId}`) };
}
