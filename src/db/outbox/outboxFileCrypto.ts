// The outbox file's envelope (issue 5, item 7): everything but a small clear header is AES-256-GCM
// ciphertext, under a random file key wrapped by the mediator key ladder's own PBKDF2 (mediatorKeys.ts),
// so the file is as hard to guess into as a mediator's drafts. Layout, v1:
//
//   {"format":"balcao-envios","v":1,"kdf":"PBKDF2-SHA256","iterations":600000,"salt":…,"keyIv":…,
//    "key":…,"cipher":"AES-256-GCM","iv":…}\n          the header: what is needed to open it, nothing more
//   <SHA-256 of the header line, base64url>\n            so a damaged header is told from a wrong passphrase
//   <AES-256-GCM ciphertext of the body, tag last>       additional data: the header line's bytes
//
// Two keys rather than one so that each failure has one meaning: the passphrase is wrong when the file
// key does not unwrap from an intact header; the file is damaged when the header's digest or the body's
// tag does not match.
import * as v from 'valibot';
import { base64url, fromBase64url } from '../../core/deviceAuth/signedCall.ts';
import { sha256 } from '../requests/sha256.ts';
import {
  deriveWrappingKey,
  newDataKey,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  unwrapDataKey,
} from '../secure/mediatorKeys.ts';
import { concatBytes } from './concatBytes.ts';
import { OutboxFileRefused } from './OutboxFileRefused.ts';

export const OUTBOX_FILE_FORMAT = 'balcao-envios';
export const OUTBOX_FILE_VERSION = 1;

const IV_BYTES = 12;
/** A 256-bit key wrapped by AES-GCM: its 32 bytes and the 16-byte tag. */
const WRAPPED_KEY_BYTES = 48;
const TAG_BYTES = 16;
/** No v1 header comes near this; a first line longer than it is not ours to parse. */
const MAX_HEADER_BYTES = 1_024;
/** A later Balcão may raise the cost; a damaged header must not make the import derive for an hour. */
const MAX_ITERATIONS = 10 * PBKDF2_ITERATIONS;
/** What the wrapped file key is bound to (mediatorKeys binds a data key to its owner's id). */
const FILE_KEY_BINDING = 'outbox-file';
const NEWLINE = 0x0a;
const MAGIC = new TextEncoder().encode(`{"format":"${OUTBOX_FILE_FORMAT}"`);

const B64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/));
const HeaderSchema = v.object({
  format: v.literal(OUTBOX_FILE_FORMAT),
  v: v.literal(OUTBOX_FILE_VERSION),
  kdf: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(PBKDF2_ITERATIONS), v.maxValue(MAX_ITERATIONS)),
  salt: B64,
  keyIv: B64,
  key: B64,
  cipher: v.literal('AES-256-GCM'),
  iv: B64,
});
type Header = v.InferOutput<typeof HeaderSchema>;

/** `body` as an outbox file, locked with `passphrase` (checked by the caller). */
export async function encryptOutboxFile(
  body: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = randomBytes(SALT_BYTES);
  const wrappingKey = await deriveWrappingKey(passphrase, salt, PBKDF2_ITERATIONS);
  const fileKey = await newDataKey(wrappingKey, FILE_KEY_BINDING);
  const iv = randomBytes(IV_BYTES);
  const header: Header = {
    format: OUTBOX_FILE_FORMAT,
    v: OUTBOX_FILE_VERSION,
    kdf: 'PBKDF2-SHA256',
    iterations: PBKDF2_ITERATIONS,
    salt: base64url(salt),
    keyIv: base64url(fileKey.iv),
    key: base64url(fileKey.wrapped),
    cipher: 'AES-256-GCM',
    iv: base64url(iv),
  };
  const headerLine = new TextEncoder().encode(JSON.stringify(header));
  const check = new TextEncoder().encode(await sha256(headerLine));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerLine }, fileKey.dataKey, body),
  );
  return concatBytes([headerLine, [NEWLINE], check, [NEWLINE], ciphertext]);
}

/**
 * The body of an outbox file. Throws OutboxFileRefused: `not-an-export`, `damaged`, `unsupported-version`
 * or `wrong-passphrase`.
 */
export async function decryptOutboxFile(
  file: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!startsWith(file, MAGIC)) throw new OutboxFileRefused('not-an-export');
  const headerEnd = file.indexOf(NEWLINE);
  if (headerEnd < 0 || headerEnd > MAX_HEADER_BYTES) throw new OutboxFileRefused('damaged');
  const checkEnd = file.indexOf(NEWLINE, headerEnd + 1);
  if (checkEnd < 0) throw new OutboxFileRefused('damaged');
  const headerLine = file.slice(0, headerEnd);
  const check = new TextDecoder().decode(file.subarray(headerEnd + 1, checkEnd));
  if ((await sha256(headerLine)) !== check) throw new OutboxFileRefused('damaged');

  const header = readHeader(headerLine);
  const salt = bytesOf(header.salt, SALT_BYTES);
  const keyIv = bytesOf(header.keyIv, IV_BYTES);
  const wrapped = bytesOf(header.key, WRAPPED_KEY_BYTES);
  const iv = bytesOf(header.iv, IV_BYTES);
  const ciphertext = file.slice(checkEnd + 1);
  if (ciphertext.byteLength < TAG_BYTES) throw new OutboxFileRefused('damaged');

  const wrappingKey = await deriveWrappingKey(passphrase, salt, header.iterations);
  let fileKey: CryptoKey;
  try {
    fileKey = await unwrapDataKey(wrapped, keyIv, wrappingKey, FILE_KEY_BINDING);
  } catch {
    // The header is intact (its digest matched), so the key it holds is only refused for the passphrase.
    throw new OutboxFileRefused('wrong-passphrase');
  }
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: headerLine }, fileKey, ciphertext),
    );
  } catch {
    throw new OutboxFileRefused('damaged');
  }
}

function readHeader(line: Uint8Array<ArrayBuffer>): Header {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line));
  } catch {
    throw new OutboxFileRefused('damaged');
  }
  // Checked before the rest: a newer file may have changed anything else.
  const version = (json as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > OUTBOX_FILE_VERSION) throw new OutboxFileRefused('unsupported-version');
  const parsed = v.safeParse(HeaderSchema, json);
  if (!parsed.success) throw new OutboxFileRefused('damaged');
  return parsed.output;
}

function bytesOf(text: string, length: number): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64url(text);
  } catch {
    throw new OutboxFileRefused('damaged');
  }
  if (bytes.byteLength !== length) throw new OutboxFileRefused('damaged');
  return bytes;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.byteLength >= prefix.byteLength && prefix.every((byte, i) => bytes[i] === byte);
}
