// Runs the real hub and its CLI as processes, the way a deployment does: `node --import tsx`, the
// environment as configuration, a fresh data folder. The hub runs in its own process group so stop()
// ends it and anything it started, even when a test fails halfway.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;

export interface StartHubOptions {
  /** The data folder; a fresh temporary one (removed by stop()) when not given. */
  dataDir?: string;
  /** The built app's folder; the hub's default (`dist/`) when not given. */
  appDir?: string;
  env?: Record<string, string>;
}

export interface RunningHub {
  /** Where the hub listens, e.g. `http://127.0.0.1:41234`. */
  url: string;
  dataDir: string;
  /** Everything the hub wrote so far: its JSON log lines, then its stderr. */
  logs(): string;
  /** Ends the hub (SIGTERM to its group, SIGKILL after a grace period); keepData keeps a temporary data folder. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

const running = new Set<ChildProcess>();
// A test runner that exits without calling stop() must not leave hubs listening behind it.
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

export async function startHub(options: StartHubOptions = {}): Promise<RunningHub> {
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'balcao-hub-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', BALCAO_DATA: dataDir, ...options.env, PORT: '0' };
  if (options.appDir !== undefined) env.BALCAO_APP_DIR = options.appDir;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });

  const stop = async ({ keepData = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    if (ownsData && !keepData) rmSync(dataDir, { recursive: true, force: true });
  };

  const url = await new Promise<string>((resolve, reject) => {
    let found = false;
    const fail = (why: string) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      void stop().then(() =>
        reject(new Error(`the hub did not start: ${why}\n--- stderr ---\n${stderr}\n--- stdout ---\n${stdout}`)),
      );
    };
    const onExit = (code: number | null, signal: string | null) => fail(`it exited (code ${code}, signal ${signal})`);
    const timer = setTimeout(() => fail(`no "listening" line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.once('exit', onExit);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const seen = stdout.length;
      stdout += chunk;
      if (found) return;
      // Only whole lines are JSON, and the listening line may arrive split across chunks.
      const start = stdout.lastIndexOf('\n', seen - 1) + 1;
      for (const line of stdout.slice(start).split('\n').slice(0, -1)) {
        const listening = listeningUrl(line);
        if (listening === undefined) continue;
        found = true;
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(listening);
        return;
      }
    });
  });
  return { url, dataDir, logs: () => `${stdout}${stderr}`, stop };
}

function listeningUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return entry.msg === 'listening' && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run hub -- …args` as a real process against dataDir, and answers once it has exited. */
export function runHubCli(
  args: readonly string[],
  options: { dataDir: string; env?: Record<string, string> },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env, BALCAO_DATA: options.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
