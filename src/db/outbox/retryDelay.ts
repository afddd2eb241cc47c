// When a request that did not go is tried again (DESIGN.md "A request's life"): capped exponential
// backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015), so a hub that
// comes back after an outage is not met by every van in the same second; never sooner than the hub asked.

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/** The longest wait a Retry-After is taken for: beyond it a garbled header would park a request for days. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * How long to wait before the next send of a request that has failed `attempts` times before this one.
 * When the hub said when to come back (Retry-After), that, plus a little jitter (at most half of it and
 * never more than the base) so vans do not return in the same second: the hub knows its own state, and
 * the exponential draw would park a request that failed often for many minutes after the hub is well
 * again (the chaos test found requests idle 5 minutes behind a 1-second Retry-After). Otherwise a
 * uniform draw below min(cap, base · 2^attempts).
 */
export function retryDelayMs(attempts: number, random: () => number, retryAfterMs: number | null = null): number {
  const draw = Math.min(Math.max(random(), 0), 1);
  if (retryAfterMs !== null)
    return retryAfterMs + Math.floor(draw * Math.min(BACKOFF_BASE_MS, retryAfterMs / 2 + 1_000));
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(Math.max(attempts, 0), 30));
  return Math.floor(draw * ceiling);
}

/**
 * A Retry-After header (RFC 9110 §10.2.3) as a wait in ms: delay-seconds, or an HTTP date read against
 * the answer's own Date header (the hub's clock), so a laptop whose clock is days off still waits what the
 * hub meant. Only without a Date header is the device's clock the reference. Null when absent or unreadable;
 * capped at RETRY_AFTER_CAP_MS.
 */
export function retryAfterMs(value: string | null, answerDate: string | null, deviceNow: number): number | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1_000, RETRY_AFTER_CAP_MS);
  // An HTTP date names its day or month ("Sat, 14 Mar 2026 10:00:00 GMT"); Date.parse alone would read "-5" as a year.
  const at = /[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(at)) return null;
  const hubNow = answerDate === null ? Number.NaN : Date.parse(answerDate);
  const reference = Number.isFinite(hubNow) ? hubNow : deviceNow;
  return Math.min(Math.max(at - reference, 0), RETRY_AFTER_CAP_MS);
}
