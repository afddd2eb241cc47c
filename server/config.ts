import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the hub and its CLI need to know about where they run, read once from the environment. */
export interface HubConfig {
  port: number;
  host: string;
  /** Absolute folder of the hub's own files (the SQLite database); created if missing. */
  dataDir: string;
  /** The hub's sealing keys, `keys/` in the data folder but outside the database. */
  keysDir: string;
  /** Absolute folder of the built app (`npm run build` writes `dist/`). */
  appDir: string;
  /** The catalog imported on the first start, when the catalog is still empty. */
  seedFile: string;
  /** pino's level for the JSON log lines on stdout. */
  logLevel: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The seed that ships with the hub, found beside this module so the hub can be started from any folder. */
const DEFAULT_SEED = fileURLToPath(new URL('./seed/catalog.json', import.meta.url));

/**
 * Reads PORT, HOST, BALCAO_DATA, BALCAO_APP_DIR, BALCAO_SEED and LOG_LEVEL. A bad value stops the hub at once
 * with the variable's name, rather than a listen error or a database in an unexpected folder later.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): HubConfig {
  const dataDir = resolve(cwd, nonEmpty(env, 'BALCAO_DATA') ?? './data');
  mkdirSync(dataDir, { recursive: true });
  const seed = nonEmpty(env, 'BALCAO_SEED');
  return {
    port: readPort(env.PORT),
    host: nonEmpty(env, 'HOST') ?? '127.0.0.1',
    dataDir,
    keysDir: join(dataDir, 'keys'),
    appDir: resolve(cwd, nonEmpty(env, 'BALCAO_APP_DIR') ?? './dist'),
    seedFile: seed === undefined ? DEFAULT_SEED : resolve(cwd, seed),
    logLevel: readLogLevel(nonEmpty(env, 'LOG_LEVEL')),
  };
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 8080;
  const text = raw.trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (0 picks a free port), not "${raw}"`);
  }
  return port;
}

function readLogLevel(raw: string | undefined): string {
  if (raw === undefined) return 'info';
  if (!LOG_LEVELS.includes(raw)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${raw}"`);
  return raw;
}

function nonEmpty(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
