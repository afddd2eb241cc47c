import { describe, expect, it } from 'vitest';
import { lockoutPolicy } from '../../../../src/core/session/lockoutPolicy.ts';

describe('lockoutPolicy', () => {
  it('lets the first five wrong secrets be retried at once', () => {
    for (let failures = 0; failures <= 4; failures += 1) expect(lockoutPolicy(failures).delayMs).toBe(0);
  });

  it('makes each try after the fifth wait longer, up to five minutes', () => {
    const delays = [5, 6, 7, 8, 9].map((failures) => lockoutPolicy(failures).delayMs);
    expect(delays).toEqual([5_000, 15_000, 45_000, 135_000, 300_000]);
    for (let i = 1; i < delays.length; i += 1) expect(delays[i]).toBeGreaterThan(delays[i - 1] ?? 0);
  });

  it('warns with the tries left from the eighth failure, and destroys at the tenth', () => {
    expect(lockoutPolicy(7)).toMatchObject({ warn: false, attemptsLeft: 3, destroy: false });
    expect(lockoutPolicy(8)).toMatchObject({ warn: true, attemptsLeft: 2, destroy: false });
    expect(lockoutPolicy(9)).toMatchObject({ warn: true, attemptsLeft: 1, destroy: false });
    expect(lockoutPolicy(10)).toEqual({ failedAttempts: 10, delayMs: 0, attemptsLeft: 0, warn: false, destroy: true });
    expect(lockoutPolicy(12).destroy).toBe(true);
  });

  it('reads a nonsense count as none', () => {
    expect(lockoutPolicy(-3)).toMatchObject({ failedAttempts: 0, delayMs: 0, destroy: false });
  });
});
