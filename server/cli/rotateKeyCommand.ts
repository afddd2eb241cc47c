import { receiptKeyFiles } from '../keys/receiptKeyFiles.ts';
import { rotateHubKey } from '../keys/rotateHubKey.ts';
import { rotateReceiptKey } from '../keys/rotateReceiptKey.ts';
import type { Command } from './Command.ts';
import { parseOptions } from './parseOptions.ts';

const USAGE = 'usage: rotate-key [--only sealing|receipt]\n';

export const rotateKeyCommand: Command = {
  args: '[--only sealing|receipt]',
  summary: 'add new sealing and receipt keys (--only: one of them) and use them; old keys stay, to open and verify',
  async run(args, world) {
    const parsed = parseOptions(args, { only: { type: 'string' } });
    if ('problem' in parsed) {
      world.err(`${parsed.problem}\n${USAGE}`);
      return 2;
    }
    const { only } = parsed.values;
    if (only !== undefined && only !== 'sealing' && only !== 'receipt') {
      world.err(`--only must be sealing or receipt, not "${only}"\n${USAGE}`);
      return 2;
    }
    const { keysDir } = world.config;
    // The kids alone on the first lines (the sealing key's first), for a script (or a test) to read.
    const sealing = only === 'receipt' ? undefined : await rotateHubKey(keysDir);
    const receiptDir = receiptKeyFiles.dir(keysDir);
    const receipt = only === 'sealing' ? undefined : await rotateReceiptKey(receiptDir);
    if (sealing) world.out(`${sealing.kid}\n`);
    if (receipt) world.out(`${receipt.kid}\n`);
    if (sealing) {
      world.out(
        sealing.previousKid === undefined
          ? `sealing key: made the hub's first sealing key in ${keysDir}\n`
          : `sealing key: devices seal to it from their next call to the hub; ${sealing.previousKid} and older keys are kept\n`,
      );
    }
    if (receipt) {
      world.out(
        receipt.previousKid === undefined
          ? `receipt key: made the hub's first receipt key in ${receiptDir}\n`
          : `receipt key: receipts are signed with it from now on; ${receipt.previousKid} and older keys stay in ` +
              'every device profile, so the receipts they signed still verify\n',
      );
    }
    return 0;
  },
};
