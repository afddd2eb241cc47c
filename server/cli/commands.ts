import { addSpotCommand } from './addSpotCommand.ts';
import type { Command } from './Command.ts';
import { catalogVersionCommand } from './catalogVersionCommand.ts';
import { enrollCodeCommand } from './enrollCodeCommand.ts';
import { exportCatalogCommand } from './exportCatalogCommand.ts';
import { importCatalogCommand } from './importCatalogCommand.ts';
import { listDevicesCommand } from './listDevicesCommand.ts';
import { listSpotsCommand } from './listSpotsCommand.ts';
import { revokeDeviceCommand } from './revokeDeviceCommand.ts';
import { rotateKeyCommand } from './rotateKeyCommand.ts';
import { usage } from './usage.ts';

/** Every `npm run hub -- <command>`; a new command is one more row. */
export const commands: Readonly<Record<string, Command>> = {
  'import-catalog': importCatalogCommand,
  'export-catalog': exportCatalogCommand,
  'catalog-version': catalogVersionCommand,
  'add-spot': addSpotCommand,
  'list-spots': listSpotsCommand,
  'enroll-code': enrollCodeCommand,
  'list-devices': listDevicesCommand,
  'revoke-device': revokeDeviceCommand,
  'rotate-key': rotateKeyCommand,
  help: {
    args: '',
    summary: 'show this help',
    async run(_args, world) {
      world.out(usage(commands));
      return 0;
    },
  },
};
