// Resumable uploads of attachments (issue 5, item 3): tus 1.0 (https://tus.io/protocols/resumable-upload)
// at UPLOADS_PATH, creation (POST) → offset (HEAD) → bytes (PATCH). What is uploaded is the attachment as
// the device stores it, AES-GCM ciphertext that only the content key inside the sealed request opens;
// the hub never sees an image. Every tus call is a signed device call (src/core/deviceAuth/signedCall.ts)
// whose "body" is the text of its tus headers (see uploadCallBody), and a finished upload is held only
// once the SHA-256 of the stored bytes is the digest its metadata (and the request) names.

export const UPLOADS_PATH = '/api/uploads';

/** The names of the Upload-Metadata pairs, in the order the device sends them. */
export const UPLOAD_METADATA_KEYS = ['requestId', 'attachmentId', 'digest', 'iv'] as const;

export interface UploadMetadata {
  /** The completed request that names the attachment. */
  requestId: string;
  attachmentId: string;
  /** SHA-256 (base64url) of the ciphertext: the AttachmentRef's `digest`. */
  digest: string;
  /** The AES-GCM iv (12 bytes, base64url) the ciphertext was made with; the tag is the ciphertext's tail. */
  iv: string;
}

/** AES-GCM appends a 16-byte tag to what it encrypts. */
export const GCM_TAG_BYTES = 16;

/**
 * The largest upload the hub takes: the device's MAX_ATTACHMENT_BYTES (src/db/requests/attachmentErrors.ts,
 * 4 MiB of shrunk image) encrypted. Kept here because the hub compiles against src/core only; a unit test
 * holds the two equal.
 */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 + GCM_TAG_BYTES;

/**
 * Bytes per PATCH. The hub keeps every byte a cut PATCH delivered, so a chunk is not what a cut loses; it
 * bounds one call's time (about 2 s at 1 Mbit/s) and so what a timeout or a killed worker interrupts.
 */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;

/** The hub's name for an upload: the device's id first, so no device can name (or touch) another's. */
export function uploadId(deviceId: string, attachmentId: string): string {
  return `${deviceId}.${attachmentId}`;
}

/** Why the hub refused an upload call (besides the signed-call codes, AUTH_FAILURES), each its own code. */
export const UPLOAD_CODES = {
  /** 400: no Upload-Length, a deferred length or concatenation: none is how the device uploads. */
  badRequest: 'upload-bad-request',
  /** 400: Upload-Metadata lacks one of UPLOAD_METADATA_KEYS, has another key, or a malformed value. */
  badMetadata: 'upload-bad-metadata',
  /** 413: Upload-Length over the hub's limit (MAX_UPLOAD_BYTES). Permanent. */
  tooLarge: 'upload-too-large',
  /** 403: the upload id is another device's. */
  notYours: 'upload-not-yours',
  /** 404: the hub holds no upload by that id (never made, or dropped): the device creates it again. */
  notFound: 'upload-not-found',
  /** 409: the upload was already created: the device resumes it (HEAD) instead. */
  exists: 'upload-exists',
  /**
   * DIGEST_MISMATCH_STATUS, on the last PATCH: the stored bytes' SHA-256 is not `digest`. The hub has
   * deleted them; the next attempt uploads the attachment again from its first byte.
   */
  digestMismatch: 'upload-digest-mismatch',
} as const;

/**
 * On the device only, never from the hub: the stored ciphertext no longer has its own digest (the disk
 * changed it). Uploading it would only be refused, and nothing on the device can mend it.
 */
export const ATTACHMENT_DAMAGED = 'attachment-damaged';

/** tus's own status for a checksum that does not match (the checksum extension's 460). */
export const DIGEST_MISMATCH_STATUS = 460;

/**
 * Answers to an upload call that another attempt may cure, beside network errors and 5xx: a request
 * timeout, an offset that moved (409: HEAD again), a lock held by a call still draining (423), too early
 * or too many (425, 429), an upload gone since the HEAD (404, 410: create it again), bytes changed on the
 * way (460: sent again from the start).
 */
const RETRY_STATUSES: readonly number[] = [404, 408, 409, 410, 423, 425, 429, DIGEST_MISMATCH_STATUS];

/** Whether an answer to an upload call is worth another attempt; 0 is no answer at all. */
export function uploadAnswerIsTransient(status: number): boolean {
  return status < 400 || status >= 500 || RETRY_STATUSES.includes(status);
}

/**
 * The headers a tus call's signature covers. A PATCH streams its bytes to disk as they arrive, so no
 * signature over them could be checked before they are written: the call is signed over what says what
 * it does (its offset, and at creation the length and the metadata with the digest), and the bytes are
 * checked whole, against that signed digest, when the upload ends.
 */
export const SIGNED_UPLOAD_HEADERS = ['upload-length', 'upload-metadata', 'upload-offset'] as const;

/**
 * What a tus call's signature covers in place of its body: `bodyDigest` of this text is the signed
 * text's digest line. An absent header is signed as empty, so adding one after signing breaks it too.
 */
export function uploadCallBody(header: (name: string) => string | null | undefined): string {
  return ['balcao-upload-v1', ...SIGNED_UPLOAD_HEADERS.map((name) => `${name}:${header(name) ?? ''}`)].join('\n');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CHECKS: Record<keyof UploadMetadata, RegExp> = {
  requestId: UUID,
  attachmentId: UUID,
  // 32 bytes and 12 bytes, base64url without padding.
  digest: /^[A-Za-z0-9_-]{43}$/,
  iv: /^[A-Za-z0-9_-]{16}$/,
};

/** Whether `id` is a UUID as `crypto.randomUUID()` writes it (the attachment and request ids). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/**
 * Reads an Upload-Metadata header (`key base64(value),…`), or says what is wrong with it: exactly
 * UPLOAD_METADATA_KEYS, each once, each well-formed.
 */
export function readUploadMetadata(header: string | null | undefined): UploadMetadata | { problem: string } {
  if (!header) return { problem: 'Upload-Metadata is missing' };
  const found = new Map<string, string>();
  for (const pair of header.split(',')) {
    const [key = '', value = '', ...rest] = pair.trim().split(' ');
    if (rest.length > 0 || key === '') return { problem: 'Upload-Metadata is not tus key-value pairs' };
    if (found.has(key)) return { problem: `Upload-Metadata names ${key} twice` };
    if (!(UPLOAD_METADATA_KEYS as readonly string[]).includes(key)) {
      return { problem: `Upload-Metadata has ${key}, which is not one of ${UPLOAD_METADATA_KEYS.join(', ')}` };
    }
    let text: string;
    try {
      text = atob(value);
    } catch {
      return { problem: `Upload-Metadata's ${key} is not base64` };
    }
    found.set(key, text);
  }
  const metadata: Partial<UploadMetadata> = {};
  for (const key of UPLOAD_METADATA_KEYS) {
    const text = found.get(key);
    if (text === undefined) return { problem: `Upload-Metadata lacks ${key}` };
    if (!CHECKS[key].test(text)) return { problem: `Upload-Metadata's ${key} is malformed` };
    metadata[key] = text;
  }
  return metadata as UploadMetadata;
}
