// What wrong secrets cost (issue 3, item 4): five tries straight away, then a growing wait, a warning
// two tries before the end, and at the tenth the mediator's drafts and wrapped key are destroyed.
// Completed requests are sealed to the hub and are not the mediator's to lose: they still go.

/** Wrong secrets that cost nothing: a mediator mistyping in a hurry is not an attacker. */
export const FREE_ATTEMPTS = 5;
/** From this many failures on, the lock screen warns how many tries are left before destruction. */
export const WARN_AFTER_FAILURES = 8;
/** At this many failures the mediator's drafts and wrapped data key are destroyed. */
export const DESTROY_AFTER_FAILURES = 10;

const FIRST_DELAY_MS = 5_000;
const DELAY_GROWTH = 3;
const MAX_DELAY_MS = 5 * 60_000;

export interface Lockout {
  failedAttempts: number;
  /** How long after this failure the next try is refused (0: at once). */
  delayMs: number;
  /** Wrong tries left before the drafts are destroyed (0 once they are). */
  attemptsLeft: number;
  /** Tell the mediator that the next wrong tries destroy their drafts. */
  warn: boolean;
  /** Destroy the mediator's drafts and wrapped key now. */
  destroy: boolean;
}

/** The consequence of `failedAttempts` wrong secrets in a row: 5 s, 15 s, 45 s, 2¼ min, then capped at 5 min. */
export function lockoutPolicy(failedAttempts: number): Lockout {
  const failures = Math.max(0, Math.floor(failedAttempts));
  const attemptsLeft = Math.max(0, DESTROY_AFTER_FAILURES - failures);
  const destroy = attemptsLeft === 0;
  const delayMs =
    failures < FREE_ATTEMPTS || destroy
      ? 0
      : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * DELAY_GROWTH ** (failures - FREE_ATTEMPTS));
  return {
    failedAttempts: failures,
    delayMs,
    attemptsLeft,
    warn: !destroy && failures >= WARN_AFTER_FAILURES,
    destroy,
  };
}
