import type { BalcaoDb } from '../balcaoDb.ts';
import type { DeviceProfile } from './deviceProfile.ts';
import { DEVICE_ROW_ID, type DeviceRecord } from './deviceRecord.ts';

/** The device has no identity (never enrolled, or wiped): the app asks for an enrollment code. */
export class DeviceNotEnrolled extends Error {
  override name = 'DeviceNotEnrolled';
}

/** The device's identity, or undefined before enrollment and after a wipe. */
export async function deviceIdentity(db: BalcaoDb): Promise<DeviceRecord | undefined> {
  return db.device.get(DEVICE_ROW_ID);
}

/**
 * Keeps a newer profile from the hub (`GET /api/device`): the spot's settings and services, and the hub's
 * keys after a rotation. The identity itself (id, key pair, enrollment time) never changes here.
 */
export async function storeDeviceProfile(
  db: BalcaoDb,
  profile: DeviceProfile,
  now = Date.now(),
): Promise<DeviceRecord> {
  return db.transaction('rw', db.device, async () => {
    const current = await db.device.get(DEVICE_ROW_ID);
    if (!current) throw new DeviceNotEnrolled('no device identity to update');
    if (current.deviceId !== profile.deviceId) {
      throw new Error(`the profile is for device ${profile.deviceId}, not ${current.deviceId}`);
    }
    const next: DeviceRecord = {
      ...current,
      spot: profile.spot,
      hubKeys: profile.hubKeys,
      currentKid: profile.currentKid,
      profileUpdatedAt: now,
    };
    await db.device.put(next);
    return next;
  });
}
