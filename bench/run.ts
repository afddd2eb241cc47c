// npm run bench: every benchmark, each beside its baseline in the same run, one JSON object a line,
// also written to bench/results/latest.jsonl. `npm run bench -- search` runs only the benchmarks whose
// group (bundle, search, unlock, seal, cold-start, attendance, drain) names it, and leaves latest.jsonl as it was.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { benchAttendance } from './attendance.ts';
import type { BenchLine } from './BenchLine.ts';
import { benchBundle } from './bundle.ts';
import { benchColdStart } from './coldStart.ts';
import { benchDrain } from './drain.ts';
import { benchSeal } from './seal.ts';
import { benchSearch } from './search.ts';
import { benchUnlock } from './unlock.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const appDir = `${root}dist-bench/app`;
const baselineDir = `${root}dist-bench/baseline`;

function build(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn', ...args],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

build([], { BALCAO_OUT_DIR: appDir, BALCAO_BUILD: 'bench' });
build(['-c', 'bench/baseline/vite.config.ts']);
build(['-c', 'bench/attendance/vite.config.ts']);
build(['-c', 'bench/drain/vite.config.ts']);

const lines: BenchLine[] = [];
const emit = (line: BenchLine) => {
  lines.push(line);
  console.log(JSON.stringify(line));
};

const only = process.argv[2];
const wanted = (group: string) => !only || group.includes(only);
if (wanted('bundle')) emit(await benchBundle(appDir, baselineDir));
if (wanted('search')) for (const line of await benchSearch()) emit(line);
if (wanted('unlock')) for (const line of await benchUnlock()) emit(line);
if (wanted('seal')) for (const line of await benchSeal()) emit(line);
if (wanted('attendance')) for (const line of await benchAttendance(`${root}dist-bench/attendance`)) emit(line);
if (wanted('drain')) for (const line of await benchDrain(`${root}dist-bench/drain`)) emit(line);
if (wanted('cold-start')) emit(await benchColdStart(appDir, baselineDir, Number(process.env.BENCH_LOADS ?? 12)));

if (only) process.exit(0);
await mkdir(`${root}bench/results`, { recursive: true });
await writeFile(`${root}bench/results/latest.jsonl`, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
