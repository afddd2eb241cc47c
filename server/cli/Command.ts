import type { HubConfig } from '../config.ts';
import type { HubStore } from '../store/HubStore.ts';

/** What a CLI command may touch: its output streams, the configuration, the store (opened on first use), the clock. */
export interface CliWorld {
  out(text: string): void;
  err(text: string): void;
  config: HubConfig;
  store(): HubStore;
  now(): Date;
}

/** One `npm run hub -- <name> …` command. `run` answers the process's exit code: 0 done, 1 failed, 2 misused. */
export interface Command {
  /** The arguments as the usage shows them, e.g. `FILE` or `[FILE]`. */
  args: string;
  summary: string;
  run(args: readonly string[], world: CliWorld): Promise<number>;
}
