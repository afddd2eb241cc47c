import type { webcrypto } from 'node:crypto';
import type { ReceiptKey } from '../../src/core/sync/receipt.ts';

/**
 * The hub's receipt-signing keys (ECDSA P-256), in their own folder beside the sealing keys and, like
 * them, outside the database. Every call looks at the folder again, so a key the CLI rotated in another
 * process signs the next receipt without a restart.
 */
export interface ReceiptKeyring {
  /** The key receipts are signed with now: its kid and its private half, non-extractable. */
  signingKey(): Promise<{ kid: string; privateKey: webcrypto.CryptoKey }>;
  /**
   * Every receipt key's public half, the current one first: a device still holding a receipt signed
   * before a rotation (it reprints the citizen's receipt from it) verifies it with an older one.
   */
  publicKeys(): Promise<ReceiptKey[]>;
  /**
   * Every receipt key's private half: the keys a profile gives are signed with each, so a device that
   * knows only a key from before a rotation still takes the new ones (src/core/deviceAuth/keysProof.ts).
   */
  signingKeys(): Promise<{ kid: string; privateKey: webcrypto.CryptoKey }[]>;
}
