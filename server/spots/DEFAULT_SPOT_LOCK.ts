import type { SpotLock } from './Spot.ts';

/** Issue 3: lock after 5 minutes idle or 60 seconds hidden; passphrases only. */
export const DEFAULT_SPOT_LOCK: Readonly<SpotLock> = { idleLockSeconds: 300, hiddenLockSeconds: 60, allowPin: false };
