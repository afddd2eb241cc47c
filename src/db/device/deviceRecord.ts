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
  /** Epoch ms. */
  enrolledAt: number;
  /** When the hub last sent the profile (enrollment or `GET /api/device`), epoch ms. */
  profileUpdatedAt: number;
}

export const DEVICE_ROW_ID = 'device';
