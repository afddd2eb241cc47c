import { formatSpot } from '../spots/formatSpot.ts';
import { spotFromOptions } from '../spots/spotFromOptions.ts';
import type { Command } from './Command.ts';
import { parseOptions } from './parseOptions.ts';

const USAGE =
  'usage: add-spot --id ID --name NAME --kind fixed|mobile|solidarity --municipality M ' +
  '[--services a,b,c] [--idle-lock 300] [--hidden-lock 60] [--allow-pin]\n';

export const addSpotCommand: Command = {
  args: '--id ID --name NAME --kind KIND --municipality M [--services a,b] [--idle-lock S] [--hidden-lock S] [--allow-pin]',
  summary: 'add a Citizen Spot (without --services it offers every catalog service of its kind)',
  async run(args, world) {
    const parsed = parseOptions(args, {
      id: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      municipality: { type: 'string' },
      services: { type: 'string' },
      'idle-lock': { type: 'string' },
      'hidden-lock': { type: 'string' },
      'allow-pin': { type: 'boolean' },
    });
    if ('problem' in parsed) {
      world.err(`${parsed.problem}\n${USAGE}`);
      return 2;
    }
    const checked = spotFromOptions(parsed.values);
    if ('problems' in checked) {
      for (const problem of checked.problems) world.err(`${problem}\n`);
      world.err(USAGE);
      return 2;
    }
    const { spot } = checked;
    const store = world.store();
    if (spot.serviceIds !== null) {
      // A spot is told only services it can offer: ones in the catalog, and offered at its kind of spot.
      const { version, upserts } = await store.deltaSince(0);
      const offered = new Map(upserts.services.map((service) => [service.id, service.spotKinds]));
      const unknown = spot.serviceIds.filter((id) => !offered.has(id));
      const elsewhere = spot.serviceIds.filter((id) => offered.has(id) && !offered.get(id)?.includes(spot.kind));
      if (unknown.length > 0 || elsewhere.length > 0) {
        if (unknown.length > 0)
          world.err(`--services: the catalog (version ${version}) has no ${unknown.join(', ')}\n`);
        if (elsewhere.length > 0) world.err(`--services: ${elsewhere.join(', ')} not offered at ${spot.kind} spots\n`);
        return 1;
      }
    }
    if ((await store.addSpot(spot, world.now())) === 'exists') {
      world.err(`a spot with the id ${spot.id} already exists; nothing was changed\n`);
      return 1;
    }
    world.out(`Added spot ${formatSpot(spot)}\n`);
    return 0;
  },
};
