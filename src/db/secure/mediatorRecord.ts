import type { SecretKind } from '../../core/session/validateSecret.ts';

/**
 * A mediator of this device. Their data key is stored only wrapped (AES-GCM) under a key derived from
 * their secret (PBKDF2-SHA256): deleting this row is what makes their drafts unreadable for good.
 */
export interface MediatorRecord {
  id: string;
  name: string;
  secretKind: SecretKind;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  wrappedDataKey: Uint8Array<ArrayBuffer>;
  wrapIv: Uint8Array<ArrayBuffer>;
  /** Wrong secrets in a row since the last unlock. */
  failedAttempts: number;
  /** Before this (epoch ms) the next try is refused; null: at once. */
  nextAttemptAt: number | null;
  createdAt: number;
}
