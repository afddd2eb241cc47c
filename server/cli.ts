// `npm run hub -- <command>`: the coordinator's tools, run beside (or without) a running hub. They open
// the same SQLite file; WAL and the busy timeout let them write while the hub serves devices.

import type { CliWorld } from './cli/Command.ts';
import { commands } from './cli/commands.ts';
import { usage } from './cli/usage.ts';
import { readConfig } from './config.ts';
import type { HubStore } from './store/HubStore.ts';
import { openSqliteStore } from './store/sqlite/openSqliteStore.ts';

async function cli(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined || !Object.hasOwn(commands, name ?? '')) {
    process.stderr.write(
      `${name === undefined ? 'no command given' : `unknown command "${name}"`}\n\n${usage(commands)}`,
    );
    return 2;
  }
  const config = readConfig();
  let store: HubStore | undefined;
  const world: CliWorld = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    config,
    store: () => {
      store ??= openSqliteStore(config.dataDir);
      return store;
    },
    now: () => new Date(),
  };
  try {
    return await command.run(args, world);
  } finally {
    await store?.close();
  }
}

cli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`balcao hub: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
