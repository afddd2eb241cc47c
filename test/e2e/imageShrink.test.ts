import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../kit/chromium.ts';
import { type RunningHub, startHub } from '../kit/startHub.ts';

const COMLINK = join(import.meta.dirname, '../../node_modules/comlink/dist/esm/comlink.mjs');

// A bare page on the hub's origin, so the worker loads as the app loads it (same origin, the hub's
// headers on the worker script), with comlink beside it as the app's bridge uses it. Nothing of the
// app is exposed globally for the test: the page runs the worker asset the build shipped.
const PAGE = `<!doctype html><meta charset="utf-8"><title>shrink</title><script type="module" src="/__shrink/page.mjs"></script>`;
const PAGE_SCRIPT = `import { wrap } from '/__shrink/comlink.mjs'; window.comlinkWrap = wrap; document.title = 'ready';`;

interface Shrunk {
  ok: boolean;
  problem?: string;
  type?: string;
  width?: number;
  height?: number;
  bytes?: number;
  isBytes?: boolean;
  decoded?: [number, number];
}

/** The build's image worker, as Vite emitted it for src/workers/imageShrinkBridge.ts. */
async function workerAsset(appDir: string): Promise<string> {
  const names = await readdir(join(appDir, 'assets'));
  const worker = names.find((name) => /^imageShrink\.worker-[\w-]+\.js$/.test(name));
  if (!worker) {
    throw new Error(
      `no assets/imageShrink.worker-*.js in ${appDir}: the app's build ships the worker only once something imports src/workers/imageShrinkBridge.ts`,
    );
  }
  return `/assets/${worker}`;
}

describe('the image worker, as built, in Chromium', () => {
  let hub: RunningHub;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let workerUrl: string;

  beforeAll(async () => {
    const appDir = inject('builds').v1;
    workerUrl = await workerAsset(appDir);
    hub = await startHub({ appDir });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const comlink = await readFile(COMLINK, 'utf8');
    await page.route('**/__shrink/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/__shrink/page.html') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (path === '/__shrink/page.mjs') return route.fulfill({ contentType: 'text/javascript', body: PAGE_SCRIPT });
      if (path === '/__shrink/comlink.mjs') return route.fulfill({ contentType: 'text/javascript', body: comlink });
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${hub.url}/__shrink/page.html`);
    await page.waitForFunction(() => document.title === 'ready');
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** Runs the worker's `shrink` on a blob the page makes; `make` is run in the page. */
  const shrinkInPage = (make: 'photo' | 'sideways' | 'huge' | 'garbage' | 'pdf') =>
    page.evaluate(
      async ({ url, make }): Promise<Shrunk & { inputBytes: number }> => {
        type Outcome =
          | { ok: true; image: { bytes: Uint8Array; type: string; width: number; height: number } }
          | { ok: false; problem: string };
        const wrap = (window as unknown as { comlinkWrap: (w: Worker) => { shrink(b: Blob): Promise<Outcome> } })
          .comlinkWrap;

        /** A 4000×3000 "photo" of a page: gradients, shapes, lines of text, grain (so PNG cannot make it small). */
        async function photo(width: number, height: number, type: string): Promise<Blob> {
          const canvas = new OffscreenCanvas(width, height);
          const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          const gradient = context.createLinearGradient(0, 0, width, height);
          gradient.addColorStop(0, '#f4efe1');
          gradient.addColorStop(1, '#c9d6e3');
          context.fillStyle = gradient;
          context.fillRect(0, 0, width, height);
          let seed = 7;
          const random = () => {
            seed = (seed * 16807) % 2147483647;
            return seed / 2147483647;
          };
          for (let i = 0; i < 300; i++) {
            context.fillStyle = `hsl(${Math.floor(random() * 360)} 60% 50% / 0.35)`;
            context.beginPath();
            context.arc(random() * width, random() * height, 20 + random() * 200, 0, Math.PI * 2);
            context.fill();
          }
          context.fillStyle = '#1a1a1a';
          context.font = `${Math.round(height / 50)}px sans-serif`;
          for (let line = 1; line < 45; line++) {
            context.fillText(
              'REPÚBLICA PORTUGUESA · CARTÃO DE CIDADÃO · 0123456789',
              width * 0.05,
              (line * height) / 46,
            );
          }
          const grain = context.getImageData(0, 0, width, height);
          for (let i = 0; i < grain.data.length; i += 4) {
            const noise = Math.floor(random() * 24) - 12;
            grain.data[i] = (grain.data[i] ?? 0) + noise;
            grain.data[i + 1] = (grain.data[i + 1] ?? 0) + noise;
            grain.data[i + 2] = (grain.data[i + 2] ?? 0) + noise;
          }
          context.putImageData(grain, 0, 0);
          return canvas.convertToBlob({ type, quality: 0.95 });
        }

        /** A JPEG whose EXIF says "rotate 90° clockwise to view", as a phone held upright writes it. */
        async function sideways(): Promise<Blob> {
          const jpeg = new Uint8Array(await (await photo(400, 300, 'image/jpeg')).arrayBuffer());
          // APP1 "Exif", big-endian TIFF, one IFD0 entry: Orientation (0x0112) = 6.
          const exif = [
            0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
          ];
          return new Blob([jpeg.slice(0, 2), new Uint8Array(exif), jpeg.slice(2)], { type: 'image/jpeg' });
        }

        const input =
          make === 'photo'
            ? await photo(4000, 3000, 'image/png')
            : make === 'sideways'
              ? await sideways()
              : make === 'huge'
                ? new Blob([new Uint8Array(41 * 1024 * 1024)], { type: 'image/png' })
                : make === 'garbage'
                  ? new Blob([new Uint8Array(5000).fill(0x5a)], { type: 'image/jpeg' })
                  : new Blob(['%PDF-1.7\n'], { type: 'application/pdf' });

        const worker = new Worker(url, { type: 'module' });
        try {
          const outcome = await wrap(worker).shrink(input);
          if (!outcome.ok) return { ok: false, problem: outcome.problem, inputBytes: input.size };
          const { bytes, type, width, height } = outcome.image;
          const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
          return {
            ok: true,
            type,
            width,
            height,
            bytes: bytes.byteLength,
            isBytes: bytes instanceof Uint8Array,
            decoded: [bitmap.width, bitmap.height],
            inputBytes: input.size,
          };
        } finally {
          worker.terminate();
        }
      },
      { url: workerUrl, make },
    );

  it('brings a 4000×3000 PNG to 2000 px on its long side, same shape, as a smaller WebP or JPEG', async () => {
    const result = await shrinkInPage('photo');
    expect(result.ok).toBe(true);
    expect(result.type).toMatch(/^image\/(webp|jpeg)$/);
    expect([result.width, result.height]).toEqual([2000, 1500]);
    // The bytes are a real image of that size, not just a claim.
    expect(result.decoded).toEqual([2000, 1500]);
    expect(result.isBytes).toBe(true);
    expect(result.bytes).toBeGreaterThan(0);
    expect(result.bytes).toBeLessThan(result.inputBytes / 4);
  });

  it('stands a sideways phone photo upright, by its EXIF orientation', async () => {
    const result = await shrinkInPage('sideways');
    expect(result.ok).toBe(true);
    expect([result.width, result.height]).toEqual([300, 400]);
    expect(result.decoded).toEqual([300, 400]);
  });

  it('refuses a file over 40 MB, one that is not an image, and one that does not decode', async () => {
    expect(await shrinkInPage('huge')).toMatchObject({ ok: false, problem: 'too-large' });
    expect(await shrinkInPage('pdf')).toMatchObject({ ok: false, problem: 'not-an-image' });
    expect(await shrinkInPage('garbage')).toMatchObject({ ok: false, problem: 'unreadable' });
  });
});
