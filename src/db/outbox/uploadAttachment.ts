// Uploads one attachment of a completed request to the hub, resumably (issue 5, item 3): tus through
// tus-js-client over a signed fetch stack, so it runs in the service worker. What goes is the ciphertext
// as stored, with its iv in the metadata; the hub checks the whole against the digest and keeps it.
import { type FileReader, type FileSource, Upload, type UploadOptions } from 'tus-js-client';
import { base64url } from '../../core/deviceAuth/signedCall.ts';
import {
  ATTACHMENT_DAMAGED,
  UPLOAD_CHUNK_BYTES,
  UPLOADS_PATH,
  type UploadMetadata,
  uploadAnswerIsTransient,
  uploadId,
} from '../../core/sync/uploadProtocol.ts';
import { DeviceNotEnrolled, deviceIdentity } from '../device/deviceIdentity.ts';
import { DeviceRevoked, type SignedFetchWorld } from '../device/signedFetch.ts';
import { AttachmentMissing } from '../requests/attachmentErrors.ts';
import { sha256 } from '../requests/sha256.ts';
import { tusFetchStack, type UploadChunk } from './tusFetchStack.ts';

export interface UploadWorld extends SignedFetchWorld {
  /** The device's clock, epoch ms: when an upload was confirmed. */
  now: () => number;
}

/**
 * `uploaded`: the hub holds every byte, digest checked (now or before). `retry`: not now (no network, the
 * hub busy or failing, the bytes changed on the way): the drain tries again with its backoff, and the
 * upload resumes where the hub's copy ends. `refused`: the hub (or, for ATTACHMENT_DAMAGED, the device)
 * says this upload cannot succeed as it is, with the code (UPLOAD_CODES, or a signed-call code).
 */
export type UploadOutcome = 'uploaded' | 'retry' | { refused: string };

export interface UploadAttachmentOptions {
  /** Bytes per PATCH; UPLOAD_CHUNK_BYTES. */
  chunkSize?: number;
  /** tus-js-client's own quick retries within this call (ms before each); the drain's backoff comes after. */
  retryDelays?: number[];
  /** Ask the hub even when the row says uploaded: the intake answered `attachments-missing`. */
  recheck?: boolean;
  onProgress?: (bytesSent: number, bytesTotal: number) => void;
}

const RETRY_DELAYS_MS = [0, 1_000, 3_000];

/**
 * Uploads attachment `attachment.id` (a row of a completed request) unless the row says the hub has it.
 * The upload's URL is kept on the row before it is created, so a sender killed halfway is followed by
 * one that asks the hub its offset (HEAD) and sends only the rest. Throws AttachmentMissing (no such row), DeviceNotEnrolled, and DeviceRevoked (the hub revoked the
 * device, which is wiped by then).
 */
export async function uploadAttachment(
  world: UploadWorld,
  attachment: { id: string },
  options: UploadAttachmentOptions = {},
): Promise<UploadOutcome> {
  const row = await world.db.attachments.get(attachment.id);
  if (!row) throw new AttachmentMissing([attachment.id]);
  if (row.uploadedAt !== undefined && !options.recheck) return 'uploaded';
  if (row.requestId === null) throw new TypeError(`attachment ${row.id} belongs to no completed request yet`);
  // The hub would refuse it only after every byte went over the link.
  if ((await sha256(row.ciphertext)) !== row.digest) return { refused: ATTACHMENT_DAMAGED };
  const identity = await deviceIdentity(world.db);
  if (!identity) throw new DeviceNotEnrolled('the device is not enrolled');

  const endpoint = `${world.hubUrl || globalThis.location.origin}${UPLOADS_PATH}`;
  const metadata: UploadMetadata = {
    requestId: row.requestId,
    attachmentId: row.id,
    digest: row.digest,
    iv: base64url(row.iv),
  };
  // The hub names the upload after the two ids, so its URL is known before it exists.
  const expectedUrl = `${endpoint}/${uploadId(identity.deviceId, row.id)}`;
  let uploadUrl = row.uploadUrl;

  const outcome = await new Promise<UploadOutcome>((resolve, reject) => {
    const tusOptions: UploadOptions = {
      endpoint,
      // Never tried: created at once. Tried before: asked its offset first (HEAD), created only if absent.
      uploadUrl: uploadUrl ?? null,
      metadata: { ...metadata },
      chunkSize: options.chunkSize ?? UPLOAD_CHUNK_BYTES,
      retryDelays: options.retryDelays ?? RETRY_DELAYS_MS,
      httpStack: tusFetchStack(world, identity),
      fileReader: ciphertextReader,
      // Resumption is the row's business, not tus-js-client's (localStorage, which a worker lacks).
      fingerprint: async () => '',
      storeFingerprintForResuming: false,
      onBeforeRequest: async (call) => {
        if (call.getMethod() !== 'POST' || uploadUrl !== undefined) return;
        // Kept before the creation goes: a sender killed before its answer arrives asks there first next
        // time, and so does a retry within this call (the creation may have happened, its answer lost).
        uploadUrl = expectedUrl;
        upload.options.uploadUrl = expectedUrl;
        await world.db.attachments.update(row.id, { uploadUrl: expectedUrl });
      },
      // The hub's Location, which is expectedUrl unless the hub changes how it names uploads.
      onUploadUrlAvailable: () => {
        if (upload.url !== null) uploadUrl = upload.url;
      },
      onProgress: options.onProgress ?? null,
      onShouldRetry: (error) => verdictOf(error) === 'retry',
      onSuccess: () => resolve('uploaded'),
      onError: (error) => {
        const verdict = verdictOf(error);
        if (verdict instanceof Error) reject(verdict);
        else resolve(verdict);
      },
    };
    // Typed for a File or a Blob; ciphertextReader is what reads it, and it takes the bytes themselves.
    const upload = new Upload(row.ciphertext as unknown as Blob, tusOptions);
    upload.start();
  });
  await world.db.attachments.update(row.id, {
    ...(uploadUrl === undefined ? {} : { uploadUrl }),
    ...(outcome === 'uploaded' ? { uploadedAt: world.now() } : {}),
  });
  return outcome;
}

/** tus-js-client's reader over the ciphertext in memory, in slices the fetch stack sends as they are. */
const ciphertextReader: FileReader = {
  openFile: async (input: unknown): Promise<FileSource> => {
    const bytes = input as Uint8Array<ArrayBuffer>;
    return {
      size: bytes.byteLength,
      slice: async (start, end) => {
        const chunk: UploadChunk = { size: 0, bytes: bytes.slice(start, end) };
        chunk.size = chunk.bytes.byteLength;
        return { value: chunk, done: end >= bytes.byteLength };
      },
      close: () => {},
    };
  },
};

interface TusFailure extends Error {
  originalRequest?: unknown;
  originalResponse?: { getStatus(): number; getBody(): string } | null;
  causingError?: unknown;
}

/** What a failed tus call means for the upload, or the error to throw (a wipe, or a bug of ours). */
function verdictOf(error: TusFailure): UploadOutcome | Error {
  const cause = error.causingError;
  if (cause instanceof DeviceRevoked || cause instanceof DeviceNotEnrolled) return cause;
  // Only failures of a call carry it: any other is tus-js-client refusing how it was used.
  if (!error.originalRequest) return error;
  const response = error.originalResponse;
  if (!response) return 'retry';
  const status = response.getStatus();
  if (uploadAnswerIsTransient(status)) return 'retry';
  return { refused: hubCode(response.getBody()) ?? `http-${status}` };
}

function hubCode(body: string): string | undefined {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } } | null)?.error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
