// The device → hub delivery protocol (issue 5; DESIGN.md "The hub's contract"): one signed POST carries
// a batch of sealed requests, gzip-compressed, and the answer has a result per request. A request is
// delivered only on a receipt the hub signed (see receipt.ts): any other 200 (a captive portal's page)
// is not an answer at all.
import type { Text } from '../catalog/textSchema.ts';

export const DELIVERY_PATH = '/api/requests';

/**
 * Bounds of one batch, for the hub's memory and one transaction; within them the sender's link budget
 * sizes each batch to the link (a short window of coverage still gets small ones). At 300 ms a round
 * trip, fewer and larger batches are most of what a full queue's send costs (bench `drain-1000-3g`).
 */
export const MAX_BATCH_REQUESTS = 500;
/** Of the uncompressed JSON body. */
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;

export interface DeliveryItem {
  /** The request id (UUID): the idempotency key, forever. */
  id: string;
  /** SHA-256 (base64url) of the sealed string's UTF-8: the content the id is bound to. */
  digest: string;
  /** The compact JWE, as sealed at completion. */
  sealed: string;
  /** The attachments the request names; the hub refuses it until every one is uploaded whole. */
  attachmentIds: string[];
}

export interface DeliveryBatch {
  v: 1;
  requests: DeliveryItem[];
}

/** Per-request outcomes a device acts on. */
export const DELIVERY_CODES = {
  /** Same id, another digest: never overwritten, never dropped; the mediator decides. */
  conflict: 'request-conflict',
  /** An attachment is not on the hub yet (or not whole): upload it, then send again. */
  attachmentsMissing: 'attachments-missing',
} as const;

export type DeliveryResult =
  /** Stored (now or before): the signed receipt, the same one for every retry of the same content. */
  | { id: string; status: 'received'; receipt: string }
  /** Permanent: the device shows the reason and keeps the request for the mediator ("attention"). */
  | { id: string; status: 'rejected'; code: string; reason: Text }
  /** Not now: send it again later (an attachment still uploading, the hub busy with it). */
  | { id: string; status: 'retry'; code: string; retryAfterSeconds?: number };

export interface DeliveryAnswer {
  v: 1;
  results: DeliveryResult[];
  /**
   * A nonce for the device's next signed call, of the same kind `GET /api/nonce` gives (one use, expiring
   * NONCE_TTL_MS after this answer by the hub's clock): the next batch of a drain is signed with it and
   * needs no nonce round trip. The hub sends one with every answer that has results; the device uses it
   * once, in the drain it came in, and treats a refusal of it (stale, replayed) like any other, signing
   * again with a nonce it fetches. Absent, from an older hub: the device fetches one.
   */
  nextNonce?: string;
}
