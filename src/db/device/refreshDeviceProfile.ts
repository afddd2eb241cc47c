import * as v from 'valibot';
import { KeysProofInvalid, verifyKeys } from '../../core/deviceAuth/keysProof.ts';
import { deviceIdentity, storeDeviceProfile } from './deviceIdentity.ts';
import { DeviceStatusSchema } from './deviceProfile.ts';
import type { DeviceRecord } from './deviceRecord.ts';
import { authFailure, SignedFetchError, type SignedFetchWorld, signedFetch } from './signedFetch.ts';

/**
 * Asks the hub what it knows of this device (`GET /api/device`, signed) and keeps the spot's profile and
 * the hub's keys. A revocation comes as the signed call's 401 with the hub's signed proof (signedFetch
 * wipes on a verified one only). A 200 that says `revoked: true` is not believed: the real hub never
 * sends it (it refuses a revoked device with that 401), and anything on the network could, to make
 * the laptop wipe its outbox. Nor is a profile taken on the answer's word: once the device holds a
 * receipt key, the profile (its keys and its spot) must come with a proof signed by one it holds (keysProof.ts).
 */
export async function refreshDeviceProfile(world: SignedFetchWorld): Promise<DeviceRecord> {
  const response = await signedFetch(world, 'GET', '/api/device');
  if (response.status === 401) {
    const code = (await authFailure(response)) ?? null;
    throw new SignedFetchError('refused', `the hub refused the device (${code})`, code);
  }
  if (!response.ok) throw new SignedFetchError('hub-error', `the hub answered ${response.status} for the device`);
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    answer = undefined;
  }
  const parsed = v.safeParse(DeviceStatusSchema, answer);
  if (!parsed.success) throw new SignedFetchError('garbage', `unexpected device answer: ${parsed.issues[0].message}`);
  if (parsed.output.revoked) {
    throw new SignedFetchError('garbage', 'an unsigned "revoked" in a device answer is not a revocation');
  }
  const profile = parsed.output;
  // Checked before the write: no crypto inside a Dexie transaction.
  const trusted = (await deviceIdentity(world.db))?.receiptKeys ?? [];
  if (trusted.length > 0) {
    try {
      await verifyKeys(profile.keysProof, profile, trusted);
    } catch (error) {
      if (!(error instanceof KeysProofInvalid)) throw error;
      console.warn(`the hub's profile was not taken, the device keeps its own: ${error.message}`);
      throw new SignedFetchError('garbage', `the profile is not the hub's: ${error.message}`);
    }
  }
  return storeDeviceProfile(world.db, profile, (world.now ?? Date.now)());
}
