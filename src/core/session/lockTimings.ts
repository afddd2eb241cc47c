// When an unlocked session locks by itself (issue 3, item 4): 5 minutes without input, or 60 seconds
// with the window hidden, unless the spot's profile says otherwise (a van in a crowded square may want less).

export const DEFAULT_IDLE_LOCK_MS = 5 * 60_000;
export const DEFAULT_HIDDEN_LOCK_MS = 60_000;

export interface LockTimings {
  idleMs: number;
  hiddenMs: number;
}

/** The spot's lock settings as the hub sends them (seconds). */
export interface SpotLockSettings {
  idleLockSeconds: number;
  hiddenLockSeconds: number;
  allowPin: boolean;
}

/**
 * The lock timings for a spot: the spot's values where they are usable, the defaults otherwise. A zero,
 * negative or missing value falls back to the default rather than meaning "never lock".
 */
export function lockTimings(spot?: Partial<SpotLockSettings>): LockTimings {
  return {
    idleMs: seconds(spot?.idleLockSeconds) ?? DEFAULT_IDLE_LOCK_MS,
    hiddenMs: seconds(spot?.hiddenLockSeconds) ?? DEFAULT_HIDDEN_LOCK_MS,
  };
}

function seconds(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
}
