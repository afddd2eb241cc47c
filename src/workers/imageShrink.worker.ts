declare var self: DedicatedWorkerGlobalScope;

import { expose, transfer } from 'comlink';
import { fitWithin } from '../core/images/fitWithin.ts';
import type { ImageShrinkService, ShrinkOutcome } from '../core/images/ImageShrinkService.ts';
import { imageInputProblem } from '../core/images/imageInputProblem.ts';
import { SHRINK_SETTINGS } from '../core/images/shrinkSettings.ts';

// Decoding a 12-megapixel photo and re-encoding it takes a good part of a second: off the main thread,
// the attendance screen keeps answering while it runs.

const api = {
  async shrink(file: Blob): Promise<ShrinkOutcome> {
    const problem = imageInputProblem(file);
    if (problem) return { ok: false, problem };
    let bitmap: ImageBitmap;
    try {
      // A phone photo is stored sideways with an EXIF orientation: drawn upright, so it reads upright.
      bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      return { ok: false, problem: 'unreadable' };
    }
    try {
      const { width, height } = fitWithin(bitmap.width, bitmap.height, SHRINK_SETTINGS.maxSide);
      const blob = await encode(bitmap, width, height);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const type = blob.type === 'image/webp' ? 'image/webp' : 'image/jpeg';
      return transfer({ ok: true, image: { bytes, type, width, height } }, [bytes.buffer]);
    } finally {
      bitmap.close();
    }
  },
} satisfies ImageShrinkService;

export type ImageShrinkApi = typeof api;

async function encode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context on an OffscreenCanvas');
  // White under a transparent PNG: JPEG has no alpha (it would turn black), and a page reads on white.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality: SHRINK_SETTINGS.quality });
  // A browser that cannot write WebP (Safari) gives back a PNG instead, without saying so.
  if (webp.type === 'image/webp') return webp;
  return canvas.convertToBlob({ type: 'image/jpeg', quality: SHRINK_SETTINGS.quality });
}

expose(api, self);
