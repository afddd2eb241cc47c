import type { ReceiptKey } from '../../core/sync/receipt.ts';
import type { HubKey, SpotProfile } from './deviceProfile.ts';

/**
 * The device's one identity row. The private key is the CryptoKey itself, non-extractable: IndexedDB
 * keeps it by structured clone, so the key's bytes are never readable by script, ours or an injected one.
 */
export interface DeviceRecord {
  id: 'device';
  deviceId: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey;
  spot: SpotProfile;
  hubKeys: HubKey[];
  currentKid: string;
  /**
   * The hub's receipt keys (issue 5), to verify a receipt before anything is marked delivered. A row
   * kept before them has none until the next profile refresh: read the row with `deviceIdentity`, which
   * gives `[]` then (no receipt verifies, so nothing is marked delivered meanwhile).
   */
  receiptKeys?: ReceiptKey[];
  /** Epoch ms. */
  enrolledAt: number;
  /** When the hub last sent the profile (enrollment or `GET /api/device`), epoch ms. */
  profileUpdatedAt: number;
}

export const DEVICE_ROW_ID = 'device';

/** The device's row as `deviceIdentity` reads it: `receiptKeys` always there, `[]` on a row kept before them. */
export type KnownDevice = DeviceRecord & { receiptKeys: ReceiptKey[] };
