import { formatSpot } from '../spots/formatSpot.ts';
import type { Command } from './Command.ts';

export const listSpotsCommand: Command = {
  args: '',
  summary: 'list the spots, one a line',
  async run(args, world) {
    if (args.length > 0) {
      world.err('usage: list-spots\n');
      return 2;
    }
    const spots = await world.store().listSpots();
    if (spots.length === 0) world.out('No spots yet: add one with add-spot.\n');
    for (const spot of spots) world.out(`${formatSpot(spot)}\n`);
    return 0;
  },
};
