import { join } from 'node:path';

const SUFFIX = '.private.jwk';

/** Where the key folder keeps what: one private JWK file per kid, and `current` naming the kid to seal to. */
export const keyFiles = {
  current: (dir: string) => join(dir, 'current'),
  key: (dir: string, kid: string) => join(dir, `${kid}${SUFFIX}`),
  /** The kid a file of the folder holds, or undefined for any other file. */
  kidOf: (name: string) => (name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : undefined),
};
