import type { BalcaoDb } from '../balcaoDb.ts';
import type { DeviceProfile } from './deviceProfile.ts';
import { DEVICE_ROW_ID, type DeviceRecord, type KnownDevice } from './deviceRecord.ts';

/** The device has no identity (never enrolled, or wiped): the app asks for an enrollment code. */
export class DeviceNotEnrolled extends Error {
  override name = 'DeviceNotEnrolled';
}

/**
 * The device's identity, or undefined before enrollment and after a wipe. A row kept before the hub sent
 * receipt keys reads with none (`[]`): no receipt verifies until the next profile refresh brings them.
 */
export async function deviceIdentity(db: BalcaoDb): Promise<KnownDevice | undefined> {
  const row = await db.device.get(DEVICE_ROW_ID);
  return row && known(row);
}

function known(row: DeviceRecord): KnownDevice {
  return { ...row, receiptKeys: row.receiptKeys ?? [] };
}

/**
 * Keeps a newer profile from the hub (`GET /api/device`): the spot's settings and services, and the hub's
 * sealing and receipt keys after a rotation. The identity itself (id, key pair, enrollment time) never
 * changes here.
 */
export async function storeDeviceProfile(db: BalcaoDb, profile: DeviceProfile, now = Date.now()): Promise<KnownDevice> {
  return db.transaction('rw', db.device, async () => {
    const current = await db.device.get(DEVICE_ROW_ID);
    if (!current) throw new DeviceNotEnrolled('no device identity to update');
    if (current.deviceId !== profile.deviceId) {
      throw new Error(`the profile is for device ${profile.deviceId}, not ${current.deviceId}`);
    }
    const next: KnownDevice = {
      ...current,
      spot: profile.spot,
      hubKeys: profile.hubKeys,
      currentKid: profile.currentKid,
      receiptKeys: profile.receiptKeys,
      profileUpdatedAt: now,
    };
    await db.device.put(next);
    return next;
  });
}
