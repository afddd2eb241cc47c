import { describe, expect, it } from 'vitest';
import {
  BACKOFF_CAP_MS,
  RETRY_AFTER_CAP_MS,
  retryAfterMs,
  retryDelayMs,
} from '../../../../src/db/outbox/retryDelay.ts';

describe('retryDelayMs', () => {
  it('draws the whole range below the ceiling (full jitter), so devices spread out', () => {
    expect(retryDelayMs(0, () => 0)).toBe(0);
    expect(retryDelayMs(0, () => 0.999_9)).toBe(4_999);
    expect(retryDelayMs(3, () => 0.5)).toBe(20_000);
    expect(retryDelayMs(50, () => 0.999_999)).toBeLessThan(BACKOFF_CAP_MS);
  });

  it('comes back when the hub asked, never sooner, with a little jitter and no exponential parking', () => {
    expect(retryDelayMs(0, () => 0, 60_000)).toBe(60_000);
    expect(retryDelayMs(0, () => 1, 60_000)).toBe(65_000);
    // Eight failures before: still when the hub said (1 s), not the 13 minutes the backoff would draw.
    expect(retryDelayMs(8, () => 0.9, 1_000)).toBe(2_350);
    expect(retryDelayMs(8, () => 0.9, null)).toBe(810_000);
  });
});

describe('retryAfterMs', () => {
  const hubNow = Date.UTC(2026, 2, 14, 10, 0, 0);
  const date = (ms: number) => new Date(ms).toUTCString();

  it('reads seconds, and a date against the answer’s own Date header', () => {
    expect(retryAfterMs('30', null, 0)).toBe(30_000);
    const deviceNow = hubNow + 5 * 24 * 60 * 60_000;
    expect(retryAfterMs(date(hubNow + 45_000), date(hubNow), deviceNow)).toBe(45_000);
  });

  it('uses the device’s clock only when the answer has no Date', () => {
    expect(retryAfterMs(date(hubNow + 10_000), null, hubNow)).toBe(10_000);
  });

  it('ignores what it cannot read, waits no less than nothing and no more than the cap', () => {
    expect(retryAfterMs(null, null, 0)).toBeNull();
    expect(retryAfterMs('soon', null, 0)).toBeNull();
    expect(retryAfterMs('-5', null, 0)).toBeNull();
    expect(retryAfterMs(date(hubNow - 60_000), date(hubNow), 0)).toBe(0);
    expect(retryAfterMs('99999999', null, 0)).toBe(RETRY_AFTER_CAP_MS);
  });
});
