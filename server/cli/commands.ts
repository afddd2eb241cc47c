import type { Command } from './Command.ts';
import { catalogVersionCommand } from './catalogVersionCommand.ts';
import { exportCatalogCommand } from './exportCatalogCommand.ts';
import { importCatalogCommand } from './importCatalogCommand.ts';
import { usage } from './usage.ts';

/** Every `npm run hub -- <command>`; a new command (enroll-code, revoke-device, rotate-key) is one more row. */
export const commands: Readonly<Record<string, Command>> = {
  'import-catalog': importCatalogCommand,
  'export-catalog': exportCatalogCommand,
  'catalog-version': catalogVersionCommand,
  help: {
    args: '',
    summary: 'show this help',
    async run(_args, world) {
      world.out(usage(commands));
      return 0;
    },
  },
};
