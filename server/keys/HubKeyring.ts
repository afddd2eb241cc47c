import type { webcrypto } from 'node:crypto';
import type { HubPublicKey } from '../../src/core/seal/HubPublicKey.ts';
import type { ReceiptKeyring } from './ReceiptKeyring.ts';

/**
 * The hub's sealing keys. They live in files beside the database, not in it, so a copy of the database
 * (a backup, a support dump) never carries what opens the requests. Every call looks at the folder
 * again, so a key the CLI rotated in another process is used at once, without a restart.
 */
export interface HubKeyring {
  /** The key devices should seal new requests to. */
  currentKid(): Promise<string>;
  /** Every key the hub can open with, the current one first: devices may still hold requests sealed to old ones. */
  publicKeys(): Promise<HubPublicKey[]>;
  /** The private key of a kid, non-extractable, or undefined when the hub has no such key. */
  privateKey(kid: string): Promise<webcrypto.CryptoKey | undefined>;
  /** Opens a sealed payload with whichever of the hub's keys it names (see `openSealed` for the refusals). */
  open(jwe: string): Promise<unknown>;
  /** The keys the hub signs its receipts with, in their own folder beside this one (see ReceiptKeyring). */
  receipts: ReceiptKeyring;
}
