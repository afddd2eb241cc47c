import type { Spot } from './Spot.ts';

/** A spot on one line, as `add-spot` and `list-spots` print it. */
export function formatSpot(spot: Spot): string {
  const services = spot.serviceIds === null ? `every ${spot.kind} service` : spot.serviceIds.join(',');
  const { idleLockSeconds, hiddenLockSeconds, allowPin } = spot.lock;
  return (
    `${spot.id}  ${spot.kind}  ${spot.name} (${spot.municipality})  services: ${services}  ` +
    `lock: ${idleLockSeconds}s idle, ${hiddenLockSeconds}s hidden, ${allowPin ? 'PIN allowed' : 'passphrase only'}`
  );
}
