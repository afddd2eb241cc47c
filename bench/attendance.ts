// complete-to-queued and form-step-render (issue 4), measured in real Chromium: its IndexedDB, WebCrypto
// and layout, not Node's stand-ins. The page (bench/attendance/, built by run.ts) runs the rounds, each
// beside its baseline, and hands back the times; this side serves it, drives it and sums it up.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../test/kit/chromium.ts';
import type { AttendanceBench } from './attendance/AttendanceBench.ts';
import type { Timings } from './attendance/Timings.ts';
import type { BenchLine } from './BenchLine.ts';
import { median } from './median.ts';
import { percentile } from './percentile.ts';

const COMPLETIONS = { rounds: 240, warmUp: 30 };
const RENDERS = { rounds: 400, warmUp: 50 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The built page over http on loopback: IndexedDB is not there for file:// pages in every Chromium. */
async function servePage(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    // The URL parser has resolved any `..` already; normalize keeps the path under `dir` all the same.
    const path = normalize(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Cross-origin isolated, Chromium's performance.now() is precise to 5 µs rather than 100 µs:
        // a form step renders in about a millisecond.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the bench page server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function lines(name: string, baseline: string, timings: Timings): BenchLine[] {
  const figure = (bench: string, value: number, baselineValue: number): BenchLine => ({
    bench,
    value,
    unit: 'ms',
    baseline,
    baselineValue,
    ratio: value / baselineValue,
  });
  return [
    figure(`${name}-p95-ms`, percentile(timings.app, 0.95), percentile(timings.baseline, 0.95)),
    figure(`${name}-median-ms`, round(median(timings.app)), round(median(timings.baseline))),
  ];
}

/**
 * `complete-to-queued-p95-ms` beside one sealed, strict IndexedDB put, and `form-step-render-p95-ms`
 * beside the same fields as plain DOM, each with its median; `pageDir` is the built bench page.
 */
export async function benchAttendance(pageDir: string): Promise<BenchLine[]> {
  const { url, server } = await servePage(pageDir);
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const failures: Error[] = [];
    page.on('pageerror', (error) => failures.push(error));
    await page.goto(url);
    await page.waitForSelector('html[data-ready="bench"]');
    if (!(await page.evaluate(() => crossOriginIsolated))) {
      console.error('attendance: the page is not cross-origin isolated; its times are to 0.1 ms only');
    }
    const run = (which: keyof AttendanceBench, { rounds, warmUp }: { rounds: number; warmUp: number }) =>
      page.evaluate(
        ([which, rounds, warmUp]) => {
          const bench = window.balcaoAttendanceBench;
          if (!bench) throw new Error('the bench page did not load');
          return bench[which](rounds, warmUp);
        },
        [which, rounds, warmUp] as const,
      );
    const completions = await run('completeToQueued', COMPLETIONS);
    const renders = await run('formStepRender', RENDERS);
    if (failures.length > 0) throw new AggregateError(failures, 'the bench page failed');
    // What was measured goes to stderr, so that stdout stays one JSON line a figure.
    console.error(`attendance: ${completions.subject}; ${renders.subject}`);
    return [
      ...lines('complete-to-queued', 'seal + one strict IndexedDB put', completions),
      ...lines('form-step-render', 'the same fields as plain DOM', renders),
    ];
  } finally {
    await chromium.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
