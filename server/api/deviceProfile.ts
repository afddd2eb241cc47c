import type { HubPublicKey } from '../../src/core/seal/HubPublicKey.ts';
import type { HubKeyring } from '../keys/HubKeyring.ts';
import type { Spot } from '../spots/Spot.ts';

/** What an enrolled device is told about itself: its id, its spot, and the hub keys to seal requests to. */
export interface DeviceProfile {
  deviceId: string;
  spot: Spot;
  hubKeys: HubPublicKey[];
  currentKid: string;
}

export async function deviceProfile(deviceId: string, spot: Spot, keys: HubKeyring): Promise<DeviceProfile> {
  // One read of the key folder for both: the current key is the list's first, so a rotation by the CLI
  // at this moment cannot pair one read's current kid with another read's list.
  const hubKeys = await keys.publicKeys();
  const [current] = hubKeys;
  if (current === undefined) throw new Error('the hub has no sealing key');
  return { deviceId, spot, hubKeys, currentKid: current.kid };
}
