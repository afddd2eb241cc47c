// What a completed request says, as sealed for the hub (JWE, src/core/seal). The device keeps no key
// that opens it; the hub opens it, checks it with `checkRequest` (the same rules the app ran before
// sealing), and stores it. Version 1 of the shape: a new shape gets a new `v`.
import type { SplitPart } from '../fees/splitFee.ts';
import type { IdentityCheck, Payment } from './AttendanceState.ts';
import type { Priority } from './attendanceTerms.ts';

/** An attachment as the request names it: the bytes travel apart, encrypted with `contentKey`. */
export interface AttachmentRef {
  id: string;
  fieldId: string;
  /** The shrunk image's type: image/jpeg or image/webp. */
  type: string;
  /** Size of the plaintext image, and SHA-256 (base64url) of the ciphertext as stored and uploaded. */
  bytes: number;
  digest: string;
}

export interface RequestFee {
  /** What the citizen pays, in cents; 0 when waived. */
  amountCents: number;
  variant: string | null;
  exemptionId: string | null;
  /** The citizen's age that picked the rule, when the rule depends on it. */
  age: number | null;
  /** Who receives which part; empty when the service has no split or nothing is paid. */
  split: SplitPart[];
}

export interface RequestPayload {
  v: 1;
  /** The request's id (UUID, made once at completion): the hub's idempotency key. */
  requestId: string;
  /** The short reference printed on the receipt (see `localReference`). */
  localRef: string;
  deviceId: string;
  spotId: string;
  mediatorId: string;
  serviceId: string;
  form: { id: string; version: number };
  priority: Priority | null;
  answers: Record<string, unknown>;
  identity: IdentityCheck;
  fee: RequestFee;
  /** Null when nothing is paid. */
  payment: Payment | null;
  /** Documents the citizen brought, by the catalog's document id. */
  brought: string[];
  /** The request this one corrects, if any. */
  replaces: string | null;
  attachments: AttachmentRef[];
  /** base64url of the raw AES-256-GCM key that opens the attachments. */
  contentKey: string;
  /** When the citizen agreed to the request as reviewed with them; epoch ms, device clock. */
  consentAt: number;
  /** Epoch ms, device clock. */
  startedAt: number;
  completedAt: number;
  /** The day of the request (YYYY-MM-DD, the spot's time zone): ages and fees are judged on it. */
  day: string;
}
