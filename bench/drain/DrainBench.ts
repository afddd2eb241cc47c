import type { DrainOutcome } from '../../src/db/outbox/drain.ts';

/** Which outbox a request is completed into: the device's own, which the app drains, or the baseline's. */
export type Outbox = 'app' | 'workbox';

export interface Seeded {
  ids: string[];
  /** A request's JSON before sealing, and the sealed string's bytes, on average. */
  payloadBytes: number;
  sealedBytes: number;
}

/** What the bench page offers bench/drain.ts, on `window.balcaoDrainBench`. */
export interface DrainBench {
  /** Enrolls the page's device with a one-time code, as the app's first start does. */
  enroll(code: string): Promise<void>;
  /** Completes `count` requests into an outbox, each as an attendance's review step completes it. */
  seed(outbox: Outbox, count: number): Promise<Seeded>;
  /** The app's own drain over its outbox, and how long it took to the last request settled. */
  drain(): Promise<{ ms: number; outcome: DrainOutcome }>;
  /** Signs the baseline's requests, one call each, and hands them to the Workbox queue; answers its size. */
  queueInWorkbox(): Promise<number>;
  /** The Workbox queue's replay, timed in its service worker, and what is left in the queue after it. */
  replayInWorkbox(): Promise<{ ms: number; left: number }>;
}
