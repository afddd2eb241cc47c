import type { Command } from './Command.ts';

export const listDevicesCommand: Command = {
  args: '',
  summary: 'list the enrolled devices, the most recent first',
  async run(args, world) {
    if (args.length > 0) {
      world.err('usage: list-devices\n');
      return 2;
    }
    const devices = await world.store().listDevices();
    if (devices.length === 0) world.out('No devices enrolled yet.\n');
    for (const device of devices) {
      const state = device.revokedAt === null ? 'active' : `REVOKED ${device.revokedAt}`;
      world.out(
        `${device.id}  ${device.spotId}  ${JSON.stringify(device.label ?? '')}  enrolled ${device.enrolledAt}  ` +
          `last seen ${device.lastSeenAt ?? 'never'}  ${state}\n`,
      );
    }
    return 0;
  },
};
