import { describe, expect, it } from 'vitest';
import { lockTimings } from '../../../../src/core/session/lockTimings.ts';

describe('lockTimings', () => {
  it('locks after 5 minutes idle and 60 seconds hidden by default', () => {
    expect(lockTimings()).toEqual({ idleMs: 300_000, hiddenMs: 60_000 });
  });

  it('takes the spot’s settings, in seconds', () => {
    expect(lockTimings({ idleLockSeconds: 120, hiddenLockSeconds: 15, allowPin: true })).toEqual({
      idleMs: 120_000,
      hiddenMs: 15_000,
    });
  });

  it('never reads a zero or broken setting as "never lock"', () => {
    expect(lockTimings({ idleLockSeconds: 0, hiddenLockSeconds: Number.NaN })).toEqual({
      idleMs: 300_000,
      hiddenMs: 60_000,
    });
  });
});
