import { signKeys } from '../../src/core/deviceAuth/keysProof.ts';
import type { HubPublicKey } from '../../src/core/seal/HubPublicKey.ts';
import type { ReceiptKey } from '../../src/core/sync/receipt.ts';
import type { HubKeyring } from '../keys/HubKeyring.ts';
import type { Spot } from '../spots/Spot.ts';

/**
 * What an enrolled device is told about itself: its id, its spot, the hub keys to seal requests to,
 * and the keys the hub signs its receipts with (the current first, then every older one, so a receipt
 * signed before a rotation still verifies).
 */
export interface DeviceProfile {
  deviceId: string;
  spot: Spot;
  hubKeys: HubPublicKey[];
  currentKid: string;
  receiptKeys: ReceiptKey[];
  /** All the above, signed with each receipt key the hub keeps (src/core/deviceAuth/keysProof.ts). */
  keysProof: string[];
}

export async function deviceProfile(deviceId: string, spot: Spot, keys: HubKeyring): Promise<DeviceProfile> {
  // One read of the key folder for both: the current key is the list's first, so a rotation by the CLI
  // at this moment cannot pair one read's current kid with another read's list.
  const [hubKeys, receiptKeys, signers] = await Promise.all([
    keys.publicKeys(),
    keys.receipts.publicKeys(),
    keys.receipts.signingKeys(),
  ]);
  const [current] = hubKeys;
  if (current === undefined) throw new Error('the hub has no sealing key');
  const profile = { deviceId, spot, hubKeys, currentKid: current.kid, receiptKeys };
  return { ...profile, keysProof: await signKeys(profile, signers) };
}
