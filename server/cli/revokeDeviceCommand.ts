import type { Command } from './Command.ts';

export const revokeDeviceCommand: Command = {
  args: 'ID',
  summary: 'revoke device ID: its next call is refused, and it wipes itself (a lost or stolen laptop)',
  async run(args, world) {
    const [id] = args;
    if (id === undefined || args.length > 1) {
      world.err('usage: revoke-device ID (the ids are in list-devices)\n');
      return 2;
    }
    const revoked = await world.store().revokeDevice(id.trim(), world.now());
    if (revoked === undefined) {
      world.err(`there is no device "${id}": the ids are in list-devices\n`);
      return 1;
    }
    const { device, changed } = revoked;
    if (!changed) {
      world.out(`Device ${device.id} was already revoked on ${device.revokedAt}.\n`);
      return 0;
    }
    world.out(`Revoked device ${device.id} (spot ${device.spotId}): its next call to the hub is refused.\n`);
    return 0;
  },
};
