import type { PaymentMethod } from '../../core/attendance/attendanceTerms.ts';
import type { Text } from '../../core/catalog/textSchema.ts';

/** Where a completed request is on its way to the hub (DESIGN.md "A request's life"); issue 5 moves it on. */
export const OUTBOX_STATES = ['queued', 'sending', 'retry', 'delivered', 'attention'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * A completed request as the device keeps it until the hub has it. Everything about the citizen is in
 * `sealed`, a JWE only the hub opens: from completion on, the laptop itself cannot read it (domain README, "Data
 * protection"), so a correction is a new attendance, not an edit. The rest is what a list and the sender need, and says nothing of who
 * was served. Bytes are Uint8Array, not Blob (see DraftRecord).
 */
export interface OutboxRecord {
  /** The request id (UUID): the hub's idempotency key. */
  id: string;
  /** The short reference on the receipt. */
  localRef: string;
  state: OutboxState;
  serviceId: string;
  form: { id: string; version: number };
  /** The hub key it is sealed to. */
  kid: string;
  /**
   * The request as a compact JWE (ECDH-ES + A256GCM), its id and device bound in the protected header;
   * null once delivered (purged on the hub's signed receipt, issue 5).
   */
  sealed: string | null;
  /** SHA-256 of the sealed string's UTF-8, base64url: the content digest the hub compares on a retry. */
  sealedDigest: string;
  sealedBytes: number;
  mediatorId: string;
  mediatorName: string;
  spotId: string;
  spotName: string;
  feeCents: number;
  paymentMethod: PaymentMethod | null;
  /** A Multibanco reference to pay later: it identifies a payment, not the citizen, and the receipt reprints it. */
  multibanco: { entity: string; reference: string } | null;
  /** Epoch ms, device clock, as the sealed request says. */
  completedAt: number;
  /** The request this one corrects. */
  replaces: string | null;
  attachmentIds: string[];
  /** Until when a sender holds it (state `sending`), epoch ms; a lease that runs out returns it to the queue. */
  leaseUntil: number | null;
  /** Sends tried so far. */
  attempts: number;
  /** No send before this (state `retry`), epoch ms, device clock. */
  nextAttemptAt: number | null;
  /** Why the last send did not deliver it: a code, the hub's reason when it gave one, and when. */
  lastError: { code: string; reason: Text | null; at: number } | null;
  /** The hub's signed receipt (compact JWS), once delivered: what allows the purge. */
  receipt: string | null;
  /** An `attention` request the mediator set aside with a note, never deleted silently. */
  archived: { note: string; at: number } | null;
  /** The hub's reference, from its signed receipt. */
  hubRef: string | null;
  /** When the hub's receipt says it received the request, epoch ms. */
  receivedAt: number | null;
  /**
   * For a request imported from another device of the spot (issue 5, item 7): the device it was sealed
   * by, which its seal and the hub's receipt name. Absent for the device's own requests.
   */
  boundDeviceId?: string;
}
