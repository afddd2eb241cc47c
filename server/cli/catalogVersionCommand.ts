import type { Command } from './Command.ts';

export const catalogVersionCommand: Command = {
  args: '',
  summary: 'print the current catalog version (0: nothing imported yet)',
  async run(args, world) {
    if (args.length > 0) {
      world.err('usage: catalog-version\n');
      return 2;
    }
    world.out(`${await world.store().currentVersion()}\n`);
    return 0;
  },
};
