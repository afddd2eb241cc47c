import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app twice (two versions, for the update test) and the canary page, before the end-to-end tests run. */
export default function setup(project: TestProject): void {
  const builds = { v1: `${root}dist-e2e/v1`, v2: `${root}dist-e2e/v2` };
  for (const [name, outDir] of Object.entries(builds)) {
    const run = spawnSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, BALCAO_OUT_DIR: outDir, BALCAO_BUILD: `e2e-${name}` },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`vite build (${name}) failed:\n${run.stdout}\n${run.stderr}`);
  }
  const canary = spawnSync(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, 'build', '-c', 'test/e2e/canary/vite.config.ts', '--logLevel', 'warn'],
    { cwd: root, env: { ...process.env, BALCAO_OUT_DIR: `${root}dist-e2e/canary` }, encoding: 'utf8' },
  );
  if (canary.status !== 0) throw new Error(`vite build (canary) failed:\n${canary.stdout}\n${canary.stderr}`);
  project.provide('builds', { ...builds, canary: `${root}dist-e2e/canary` });
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: { v1: string; v2: string; canary: string };
  }
}
