import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchLine } from './BenchLine.ts';

/**
 * The JS and CSS a first load must fetch before the app can run: the entry script, its modulepreloads
 * and the stylesheets index.html names, each gzipped as a server would send it. Lazy chunks and
 * workers are not counted (they load later), which is the point of keeping them lazy.
 */
export async function initialGzipBytes(distDir: string): Promise<number> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    if (match[1]) urls.add(match[1]);
  }
  let total = 0;
  for (const url of urls) total += gzipSync(await readFile(join(distDir, url.replace(/^\//, '')))).byteLength;
  return total;
}

export async function benchBundle(appDir: string, baselineDir: string): Promise<BenchLine> {
  const [value, baselineValue] = await Promise.all([initialGzipBytes(appDir), initialGzipBytes(baselineDir)]);
  return {
    bench: 'bundle-initial-gzip',
    value,
    unit: 'bytes',
    baseline: 'minimal-preact-page',
    baselineValue,
    ratio: value / baselineValue,
  };
}
