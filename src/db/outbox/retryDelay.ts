// When a request that did not go is tried again (DESIGN.md "A request's life"): capped exponential
// backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015), so a hub that
// comes back after an outage is not met by every van in the same second; never sooner than the hub asked.

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/** The longest wait a Retry-After is taken for: beyond it a garbled header would park a request for days. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * How long to wait before the next send of a request that has failed `attempts` times before this one:
 * a uniform draw below min(cap, base · 2^attempts), and at least `retryAfterMs` when the hub said so.
 */
export function retryDelayMs(attempts: number, random: () => number, retryAfterMs: number | null = null): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(Math.max(attempts, 0), 30));
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
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
