import type { BalcaoDb } from '../db/balcaoDb.ts';
import { deviceIdentity } from '../db/device/deviceIdentity.ts';
import type { DeviceRecord } from '../db/device/deviceRecord.ts';
import { clearWipeMarker, finishInterruptedWipe, wipeMarker } from '../db/device/wipeDevice.ts';

/** Whether the app may open: an enrolled device opens the catalog; any other asks for an enrollment code. */
export type DeviceState =
  | { status: 'enrolled'; device: DeviceRecord }
  /** `revoked`: the device was wiped because the hub revoked it, and the mediator must be told why. */
  | { status: 'not-enrolled'; revoked: boolean };

/**
 * The device's state at start. A wipe that was interrupted (the tab closed mid-revocation) is finished
 * first, before anything reads what it was destroying.
 */
export async function readDeviceState(db: BalcaoDb): Promise<DeviceState> {
  try {
    await finishInterruptedWipe({ db });
  } catch (error) {
    // The keys went first, so what is left is unreadable; the next start tries again.
    console.error('could not finish the interrupted wipe', error);
  }
  const [device, marker] = await Promise.all([
    deviceIdentity(db),
    wipeMarker().catch((error: unknown) => {
      console.warn('could not read the wipe marker', error);
      return undefined;
    }),
  ]);
  if (device) {
    // Enrolled again, but the marker outlived it (clearing it failed last time).
    if (marker) void forgetWipe();
    return { status: 'enrolled', device };
  }
  return { status: 'not-enrolled', revoked: marker?.reason === 'revoked' };
}

/** Forgets why the device was wiped, once it is enrolled again; a failure only means the next start tries. */
export async function forgetWipe(): Promise<void> {
  try {
    await clearWipeMarker();
  } catch (error) {
    console.warn('could not clear the wipe marker', error);
  }
}
