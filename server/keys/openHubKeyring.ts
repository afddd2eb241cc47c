import type { webcrypto } from 'node:crypto';
import { chmod, readdir, readFile, stat, unlink } from 'node:fs/promises';
import type { HubPublicKey } from '../../src/core/seal/HubPublicKey.ts';
import { openSealed } from '../../src/core/seal/openSealed.ts';
import { createHubKey } from './createHubKey.ts';
import type { HubKeyring } from './HubKeyring.ts';
import { importPrivateKeyFile, readCurrentKid } from './keyFileParts.ts';
import { keyFiles } from './keyFiles.ts';
import { openReceiptKeyring } from './openReceiptKeyring.ts';
import { receiptKeyFiles } from './receiptKeyFiles.ts';
import { writeFileDurably } from './writeFileDurably.ts';

interface LoadedKey {
  publicKey: HubPublicKey;
  privateKey: webcrypto.CryptoKey;
  modifiedMs: number;
}

/**
 * The hub's keyring over the key folder `dir`, with a first key made on the first start. Two processes
 * starting together (the hub and a CLI command) may both make one; `current` is created exclusively, so
 * one wins and the other's key is removed before anyone could seal to it.
 */
export async function openHubKeyring(dir: string): Promise<HubKeyring> {
  if ((await readCurrentKidOf(dir)) === undefined) {
    const kid = await createHubKey(dir);
    try {
      await writeFileDurably(keyFiles.current(dir), `${kid}\n`, { mode: 0o600, exclusive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await unlink(keyFiles.key(dir, kid));
    }
  }
  // Only the hub's user may list (and so open) the key folder.
  await chmod(dir, 0o700);
  const receipts = await openReceiptKeyring(receiptKeyFiles.dir(dir));

  const loaded = new Map<string, LoadedKey>();
  const load = async (kid: string): Promise<LoadedKey | undefined> => {
    const cached = loaded.get(kid);
    if (cached) return cached;
    const file = keyFiles.key(dir, kid);
    let text: string;
    let modifiedMs: number;
    try {
      [text, modifiedMs] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => s.mtimeMs)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const key = await importKeyFile(file, kid, text);
    const entry = { ...key, modifiedMs };
    loaded.set(kid, entry);
    return entry;
  };

  const currentKid = async (): Promise<string> => {
    const kid = await readCurrentKidOf(dir);
    if (kid === undefined) throw new Error(`the hub's key folder ${dir} has lost its "current" file`);
    return kid;
  };

  const privateKey = async (kid: string): Promise<webcrypto.CryptoKey | undefined> => {
    // A kid is a thumbprint (base64url); anything else could name a path outside the folder.
    if (!/^[A-Za-z0-9_-]{1,128}$/.test(kid)) return undefined;
    return (await load(kid))?.privateKey;
  };

  return {
    currentKid,
    publicKeys: async () => {
      const current = await currentKid();
      const kids = (await readdir(dir)).map(keyFiles.kidOf).filter((kid) => kid !== undefined);
      const keys = (await Promise.all(kids.map(load))).filter((key) => key !== undefined);
      if (!keys.some((key) => key.publicKey.kid === current)) {
        throw new Error(`the hub's current key ${current} has no key file in ${dir}`);
      }
      const rank = (key: LoadedKey) => (key.publicKey.kid === current ? Number.POSITIVE_INFINITY : key.modifiedMs);
      return keys.sort((a, b) => rank(b) - rank(a)).map((key) => key.publicKey);
    },
    privateKey,
    open: (jwe) => openSealed(jwe, privateKey),
    receipts,
  };
}

function readCurrentKidOf(dir: string): Promise<string | undefined> {
  return readCurrentKid(keyFiles.current(dir));
}

function importKeyFile(file: string, kid: string, text: string): Promise<Omit<LoadedKey, 'modifiedMs'>> {
  return importPrivateKeyFile(file, kid, text, 'hub key');
}
