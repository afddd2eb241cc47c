// A request's own key (AttendanceState.contentKey): made when the attendance starts, it encrypts the
// attachments, and travels inside the sealed request so the hub can open them. Kept as base64url text
// because it lives inside the (encrypted) draft and payload, which are JSON.
import { base64url, fromBase64url } from '../../core/deviceAuth/signedCall.ts';
import { randomBytes } from '../secure/mediatorKeys.ts';

const KEY_BYTES = 32;

/** A fresh AES-256 key, raw, base64url. */
export function newContentKey(): string {
  return base64url(randomBytes(KEY_BYTES));
}

/** The content key as a non-extractable AES-GCM key. Throws TypeError when it is not 32 bytes of base64url. */
export async function importContentKey(key: string): Promise<CryptoKey> {
  if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new TypeError('a content key is base64url');
  const raw = fromBase64url(key);
  if (raw.byteLength !== KEY_BYTES) throw new TypeError(`a content key has ${KEY_BYTES} bytes, not ${raw.byteLength}`);
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}
