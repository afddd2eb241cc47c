import type { BalcaoDb } from '../db/balcaoDb.ts';
import { DeviceNotEnrolled } from '../db/device/deviceIdentity.ts';
import type { DeviceRecord } from '../db/device/deviceRecord.ts';
import { finishInterruptedWipe } from '../db/device/wipeDevice.ts';

export type DeviceCheck =
  /** The hub knows the device: its spot's profile (services, lock settings) is the newest. */
  | { kind: 'current'; device: DeviceRecord }
  /** The hub revoked the device, which has wiped itself. */
  | { kind: 'revoked' }
  /** The device has no identity any more (wiped in another tab). */
  | { kind: 'not-enrolled' }
  /** No answer that says anything about the device: offline, a hub error, a captive portal. */
  | { kind: 'unknown' };

/**
 * Asks the hub what it knows of this device (signed `GET /api/device`, issue 3 item 3). Its code and
 * the validation of the answer load here, after the first screen.
 */
export async function checkDeviceWithHub(world: { db: BalcaoDb; fetch: typeof fetch }): Promise<DeviceCheck> {
  const [{ refreshDeviceProfile }, { DeviceRevoked, SignedFetchError }] = await Promise.all([
    import('../db/device/refreshDeviceProfile.ts'),
    import('../db/device/signedFetch.ts'),
  ]);
  try {
    return { kind: 'current', device: await refreshDeviceProfile(world) };
  } catch (error) {
    if (error instanceof DeviceRevoked) {
      if (!error.wipeComplete) {
        console.error('the wipe of the revoked device did not finish', error.cause);
        await finishInterruptedWipe(world).catch((again: unknown) => console.error('the wipe failed again', again));
      }
      return { kind: 'revoked' };
    }
    if (error instanceof DeviceNotEnrolled) return { kind: 'not-enrolled' };
    // The catalog's status already tells the mediator about the connection; this stays quiet.
    if (!(error instanceof SignedFetchError)) console.warn('device check', error);
    return { kind: 'unknown' };
  }
}
