import type { webcrypto } from 'node:crypto';
import type { Device } from '../devices/Device.ts';
import type { Spot } from '../spots/Spot.ts';

export type EnrollOutcome =
  | { ok: true; device: Device; spot: Spot }
  | { ok: false; reason: 'unknown' | 'expired' | 'used' };

/** Why a nonce cannot be used (or `fresh` when it can). */
export type NonceState = 'fresh' | 'stale' | 'used';

/**
 * Enrollment codes, devices and the nonces of their signed calls. Times come in as arguments, so the
 * HTTP side (and a test's clock) decides what "now" is. Codes are kept only as their SHA-256.
 */
export interface DeviceStore {
  addEnrollCode(code: { hash: string; spotId: string; expiresAt: Date }, now: Date): Promise<void>;
  /**
   * Uses the code and creates the device in one transaction: of two devices racing with one code, exactly
   * one gets it. `used` also when this very device's earlier try took it (it must ask for a new code).
   */
  enrollDevice(
    input: { codeHash: string; deviceId: string; publicJwk: webcrypto.JsonWebKey; label: string | null },
    now: Date,
  ): Promise<EnrollOutcome>;
  device(id: string): Promise<Device | undefined>;
  /** Every device, the most recently enrolled first. */
  listDevices(): Promise<Device[]>;
  /**
   * Revokes a device; `changed` false when it already was (its first revocation's time is kept).
   * Undefined when there is no such device.
   */
  revokeDevice(id: string, now: Date): Promise<{ device: Device; changed: boolean } | undefined>;
  /** Keeps a nonce the hub just issued, and forgets those long expired. */
  addNonce(nonce: string, expiresAt: Date, now: Date): Promise<void>;
  nonceState(nonce: string, now: Date): Promise<NonceState>;
  /**
   * Checks the nonce again and marks it used, and the device seen, in one transaction, so of two calls
   * with one nonce exactly one passes; `revoked` when the device was revoked since it was read.
   */
  useNonce(nonce: string, deviceId: string, now: Date): Promise<'used' | 'stale' | 'replayed' | 'revoked'>;
}
