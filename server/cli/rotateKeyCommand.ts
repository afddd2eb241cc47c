import { rotateHubKey } from '../keys/rotateHubKey.ts';
import type { Command } from './Command.ts';

export const rotateKeyCommand: Command = {
  args: '',
  summary: 'add a new sealing key and seal to it from now on; the old keys still open what was sealed to them',
  async run(args, world) {
    if (args.length > 0) {
      world.err('usage: rotate-key\n');
      return 2;
    }
    const { kid, previousKid } = await rotateHubKey(world.config.keysDir);
    world.out(`${kid}\n`);
    world.out(
      previousKid === undefined
        ? `made the hub's first sealing key in ${world.config.keysDir}\n`
        : `devices seal to it from their next call to the hub; ${previousKid} and older keys are kept\n`,
    );
    return 0;
  },
};
