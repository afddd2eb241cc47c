import { issueEnrollCode } from '../enroll/issueEnrollCode.ts';
import type { Command } from './Command.ts';
import { parseOptions } from './parseOptions.ts';

const USAGE = 'usage: enroll-code --spot ID [--hours 24]\n';
const DEFAULT_HOURS = 24;
const MAX_HOURS = 24 * 7;

export const enrollCodeCommand: Command = {
  args: '--spot ID [--hours H]',
  summary: 'print a one-time code that enrolls one device at spot ID (valid 24 hours)',
  async run(args, world) {
    const parsed = parseOptions(args, { spot: { type: 'string' }, hours: { type: 'string' } });
    if ('problem' in parsed) {
      world.err(`${parsed.problem}\n${USAGE}`);
      return 2;
    }
    const { spot: spotId, hours: rawHours } = parsed.values;
    if (spotId === undefined || spotId.trim() === '') {
      world.err(`--spot is required\n${USAGE}`);
      return 2;
    }
    // Fractions of an hour let a test make a code that expires in moments.
    const hours = rawHours === undefined ? DEFAULT_HOURS : Number(rawHours);
    if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS || rawHours?.trim() === '') {
      world.err(`--hours must be a number of hours above 0 and at most ${MAX_HOURS}, not "${rawHours}"\n${USAGE}`);
      return 2;
    }
    const store = world.store();
    const spot = await store.spot(spotId);
    if (spot === undefined) {
      world.err(`there is no spot "${spotId}": list them with list-spots, or add it with add-spot\n`);
      return 1;
    }
    const { code, expiresAt } = await issueEnrollCode(store, spot.id, world.now(), hours);
    // The code alone on the first line, for a script (or a test) to read; it is shown once and never kept.
    world.out(`${code}\n`);
    world.out(`enrolls one device at ${spot.name} (${spot.id}) until ${expiresAt.toISOString()}\n`);
    return 0;
  },
};
