import { join } from 'node:path';
import type { HubKeyring } from '../../server/keys/HubKeyring.ts';
import { openHubKeyring } from '../../server/keys/openHubKeyring.ts';

/** The hub's keyring in a data folder's `keys/`, as the hub makes it on its first start. */
export function testKeyring(dataDir: string): Promise<HubKeyring> {
  return openHubKeyring(join(dataDir, 'keys'));
}
