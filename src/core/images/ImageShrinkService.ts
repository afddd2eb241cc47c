import type { ImageProblem } from './ImageShrinkError.ts';

/** An image as stored: re-encoded, at most `SHRINK_SETTINGS.maxSide` on its long side, upright. */
export interface ShrunkImage {
  bytes: Uint8Array;
  type: 'image/webp' | 'image/jpeg';
  width: number;
  height: number;
}

/** A refusal comes back as a value: an Error crossing comlink would lose its class and its `problem`. */
export type ShrinkOutcome = { ok: true; image: ShrunkImage } | { ok: false; problem: Exclude<ImageProblem, 'failed'> };

/**
 * What the image worker offers, declared here rather than read off the worker (`typeof api`) because
 * the page's tsconfig cannot include a WebWorker file; the worker checks its API `satisfies` this.
 */
export interface ImageShrinkService {
  shrink(file: Blob): Promise<ShrinkOutcome>;
}
