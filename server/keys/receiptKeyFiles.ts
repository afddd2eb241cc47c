import { dirname, join } from 'node:path';

const SUFFIX = '.receipt.jwk';

/**
 * Where the receipt keys live: `receipt-keys/` beside the sealing keys' folder (both in the data
 * folder, outside the database), one private JWK file per kid and `current` naming the kid that signs.
 * A folder of their own, so the sealing keyring never mistakes one for a key to open requests with.
 */
export const receiptKeyFiles = {
  /** The receipt keys' folder for the sealing keys' folder `keysDir` (`data/keys` → `data/receipt-keys`). */
  dir: (keysDir: string) => join(dirname(keysDir), 'receipt-keys'),
  current: (dir: string) => join(dir, 'current'),
  key: (dir: string, kid: string) => join(dir, `${kid}${SUFFIX}`),
  /** The kid a file of the folder holds, or undefined for any other file. */
  kidOf: (name: string) => (name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : undefined),
};
