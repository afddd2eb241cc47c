import { fromBase64url } from '../deviceAuth/signedCall.ts';
import { SealError } from './SealError.ts';
import { SEAL_HEADER } from './sealHeader.ts';

const PART = /^[A-Za-z0-9_-]*$/;

/** A sealed payload's protected header: the kid it was sealed to, and every member as it reads. */
export interface SealHeaderFields {
  kid: string;
  fields: Readonly<Record<string, unknown>>;
}

/**
 * The kid of a sealed payload, after checking that it is shaped as one: five base64url parts, an empty
 * encrypted key (ECDH-ES uses the agreed key directly), and our alg, enc and typ. This only reads the
 * header; whether it is authentic is for the decryption to say.
 */
export function readSealHeader(jwe: string): string {
  return readSealHeaderFields(jwe).kid;
}

/**
 * The whole protected header, after the same checks as `readSealHeader`. Its members (the binding a
 * sealed request carries) are only as good as the decryption that follows: the AES-GCM tag covers them.
 */
export function readSealHeaderFields(jwe: string): SealHeaderFields {
  const parts = jwe.split('.');
  if (parts.length !== 5 || !parts.every((part) => PART.test(part))) {
    throw new SealError('malformed', 'not a sealed payload: a compact JWE has five base64url parts');
  }
  const [header = '', encryptedKey, iv, ciphertext, tag] = parts;
  if (encryptedKey !== '' || iv === '' || ciphertext === '' || tag === '') {
    throw new SealError(
      'malformed',
      'not a sealed payload: it has an encrypted key, or lacks its iv, ciphertext or tag',
    );
  }
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(header)));
  } catch {
    throw new SealError('malformed', 'not a sealed payload: its header is not base64url JSON');
  }
  if (typeof fields !== 'object' || fields === null) {
    throw new SealError('malformed', 'not a sealed payload: its header is not a JSON object');
  }
  for (const [name, value] of Object.entries(SEAL_HEADER)) {
    if (fields[name] !== value) {
      throw new SealError('malformed', `not a sealed payload: its header's ${name} is not ${JSON.stringify(value)}`);
    }
  }
  const { kid } = fields;
  if (typeof kid !== 'string' || kid === '') throw new SealError('malformed', 'the sealed payload names no key (kid)');
  return { kid, fields };
}
