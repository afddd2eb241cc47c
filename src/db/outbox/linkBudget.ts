// How much one POST carries, adapted to the link the device has now (issue 5, item 2): a van on a hill
// gets a few seconds of 3G, a day centre's Wi-Fi is slow but steady. It starts small, so a short window
// still delivers something; doubles after a call that came back fast; halves after a timeout or a 413.
// It lives in memory, one per realm: a worker restarted, or a tab reopened, starts small again.
import { MAX_BATCH_BYTES, MAX_BATCH_REQUESTS } from '../../core/sync/deliveryProtocol.ts';

export const FIRST_BATCH_REQUESTS = 8;
export const FIRST_BATCH_BYTES = 128 * 1024;
const MIN_BATCH_BYTES = 16 * 1024;

/** A call's time limit: a base for the round trips, plus the body at the slowest link worth waiting for. */
export const CALL_BASE_TIMEOUT_MS = 15_000;
/** 64 kbit/s: a weak 2G/3G edge. A body that would take longer than this rate allows is a lost cause. */
const SLOWEST_BYTES_PER_SECOND = 8 * 1024;
const CALL_MAX_TIMEOUT_MS = 120_000;

export class LinkBudget {
  /** Requests and uncompressed JSON bytes the next batch may hold. */
  requests = FIRST_BATCH_REQUESTS;
  bytes = FIRST_BATCH_BYTES;
  /**
   * The link failed since the hub last answered well (or nothing is known yet): rows that wait only on the
   * link are sent again as soon as a call gets through, not at the end of their backoff.
   */
  suspect = true;

  /** After an answer within a quarter of its time limit: the link has room for more. */
  grow(): void {
    this.requests = Math.min(MAX_BATCH_REQUESTS, this.requests * 2);
    this.bytes = Math.min(MAX_BATCH_BYTES, this.bytes * 2);
  }

  /** After a timeout, or a hub that found the body too large: half of what was just tried. */
  shrink(tried: { requests: number; bytes: number } = this): void {
    this.requests = Math.max(1, Math.min(this.requests, Math.floor(tried.requests / 2)));
    this.bytes = Math.max(MIN_BATCH_BYTES, Math.min(this.bytes, Math.floor(tried.bytes / 2)));
  }

  /** The time limit of a call that puts `wireBytes` on the link. */
  timeoutMs(wireBytes: number): number {
    return Math.min(
      CALL_MAX_TIMEOUT_MS,
      CALL_BASE_TIMEOUT_MS + Math.ceil((wireBytes * 1_000) / SLOWEST_BYTES_PER_SECOND),
    );
  }

  /** Whether a call of `wireBytes` that took `elapsedMs` was fast enough to grow on. */
  wasFast(elapsedMs: number, wireBytes: number): boolean {
    return elapsedMs <= this.timeoutMs(wireBytes) / 4;
  }
}

/** The budget of this realm (window or service worker), kept between drains. */
export const sharedLinkBudget = new LinkBudget();
