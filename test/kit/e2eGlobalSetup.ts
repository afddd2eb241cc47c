import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the app twice (two versions, for the update test), the canary page and the chaos tests' app
 * (v1 with its harness), before the end-to-end and chaos tests run.
 */
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
  // The chaos tests' app: the v1 build with the chaos harness module beside it, served from the app's origin.
  const chaos = `${root}dist-e2e/chaos`;
  rmSync(chaos, { recursive: true, force: true });
  cpSync(builds.v1, chaos, { recursive: true });
  const harness = spawnSync(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, 'build', '-c', 'test/chaos/harness/vite.config.ts', '--logLevel', 'warn'],
    { cwd: root, env: { ...process.env, BALCAO_OUT_DIR: chaos }, encoding: 'utf8' },
  );
  if (harness.status !== 0) throw new Error(`vite build (chaos harness) failed:\n${harness.stdout}\n${harness.stderr}`);
  project.provide('builds', { ...builds, canary: `${root}dist-e2e/canary`, chaos });
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: { v1: string; v2: string; canary: string; chaos: string };
  }
}
