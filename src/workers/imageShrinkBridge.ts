import { type Remote, wrap } from 'comlink';
import { ImageShrinkError } from '../core/images/ImageShrinkError.ts';
import type { ImageShrinkService, ShrinkOutcome, ShrunkImage } from '../core/images/ImageShrinkService.ts';

// The page's one door to the image worker: the only `wrap()` of it, the worker started on first use
// and started afresh after it died (a huge photo can exhaust its memory; the next one may well fit).

interface Running {
  worker: Worker;
  remote: Remote<ImageShrinkService>;
  /** Rejects when the worker dies: its pending answers would otherwise never come. */
  failed: Promise<never>;
}

let running: Running | null = null;

/**
 * Shrinks one image for storing: decoded upright, at most 2000 px on its long side, re-encoded as WebP
 * (JPEG where the browser cannot write WebP). Rejects with an ImageShrinkError saying why it could not;
 * an aborted `signal` rejects with an AbortError (the worker's answer, when it comes, is dropped).
 */
export async function shrinkImage(
  file: Blob,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<ShrunkImage> {
  const { signal } = options;
  if (signal?.aborted) throw abortError();
  const current = start();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  let outcome: ShrinkOutcome;
  try {
    outcome = await Promise.race([current.remote.shrink(file), current.failed, aborted]);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (running === current) stop();
    throw new ImageShrinkError('failed', { cause: error });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (!outcome.ok) throw new ImageShrinkError(outcome.problem);
  return outcome.image;
}

function start(): Running {
  if (running) return running;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./imageShrink.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    // No module workers here, or a policy that forbids this one.
    throw new ImageShrinkError('failed', { cause: error });
  }
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener(
      'error',
      (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'the image worker stopped'));
      },
      { once: true },
    );
  });
  // Only calls racing it need the failure; without a call in flight it must not count as unhandled.
  failed.catch(() => {});
  running = { worker, remote: wrap<ImageShrinkService>(worker), failed };
  return running;
}

function stop(): void {
  running?.worker.terminate();
  running = null;
}

function abortError(): DOMException {
  return new DOMException('The image is no longer wanted', 'AbortError');
}
