import type { webcrypto } from 'node:crypto';
import { chmod, readdir, readFile, stat, unlink } from 'node:fs/promises';
import type { ReceiptKey } from '../../src/core/sync/receipt.ts';
import { createReceiptKey } from './createReceiptKey.ts';
import { importPrivateKeyFile, readCurrentKid } from './keyFileParts.ts';
import type { ReceiptKeyring } from './ReceiptKeyring.ts';
import { receiptKeyFiles } from './receiptKeyFiles.ts';
import { writeFileDurably } from './writeFileDurably.ts';

interface LoadedKey {
  publicKey: ReceiptKey;
  privateKey: webcrypto.CryptoKey;
  modifiedMs: number;
}

const KID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The receipt keyring over the folder `dir`, with a first key made on the first start (a hub upgraded
 * from before receipts makes it on its first start after the upgrade). As with the sealing keys, two
 * processes starting together may both make one; `current` is created exclusively, so one wins and
 * the other's key is removed before it signed anything.
 */
export async function openReceiptKeyring(dir: string): Promise<ReceiptKeyring> {
  if ((await readCurrentKidOf(dir)) === undefined) {
    const kid = await createReceiptKey(dir);
    try {
      await writeFileDurably(receiptKeyFiles.current(dir), `${kid}\n`, { mode: 0o600, exclusive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await unlink(receiptKeyFiles.key(dir, kid));
    }
  }
  await chmod(dir, 0o700);

  const loaded = new Map<string, LoadedKey>();
  const load = async (kid: string): Promise<LoadedKey | undefined> => {
    const cached = loaded.get(kid);
    if (cached) return cached;
    // A kid is a thumbprint (base64url); anything else could name a path outside the folder.
    if (!KID.test(kid)) return undefined;
    const file = receiptKeyFiles.key(dir, kid);
    let text: string;
    let modifiedMs: number;
    try {
      [text, modifiedMs] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => s.mtimeMs)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const entry = { ...(await importKeyFile(file, kid, text)), modifiedMs };
    loaded.set(kid, entry);
    return entry;
  };

  const currentKid = async (): Promise<string> => {
    const kid = await readCurrentKidOf(dir);
    if (kid === undefined) throw new Error(`the hub's receipt key folder ${dir} has lost its "current" file`);
    return kid;
  };

  const allKeys = async (): Promise<LoadedKey[]> => {
    const current = await currentKid();
    const kids = (await readdir(dir)).map(receiptKeyFiles.kidOf).filter((kid) => kid !== undefined);
    const keys = (await Promise.all(kids.map(load))).filter((key) => key !== undefined);
    if (!keys.some((key) => key.publicKey.kid === current)) {
      throw new Error(`the hub's current receipt key ${current} has no key file in ${dir}`);
    }
    const rank = (key: LoadedKey) => (key.publicKey.kid === current ? Number.POSITIVE_INFINITY : key.modifiedMs);
    return keys.sort((a, b) => rank(b) - rank(a));
  };

  return {
    signingKey: async () => {
      const kid = await currentKid();
      const key = await load(kid);
      if (key === undefined) throw new Error(`the hub's current receipt key ${kid} has no key file in ${dir}`);
      return { kid, privateKey: key.privateKey };
    },
    publicKeys: async () => (await allKeys()).map((key) => key.publicKey),
    signingKeys: async () => (await allKeys()).map((key) => ({ kid: key.publicKey.kid, privateKey: key.privateKey })),
  };
}

function readCurrentKidOf(dir: string): Promise<string | undefined> {
  return readCurrentKid(receiptKeyFiles.current(dir));
}

function importKeyFile(file: string, kid: string, text: string): Promise<Omit<LoadedKey, 'modifiedMs'>> {
  return importPrivateKeyFile(file, kid, text, 'receipt key');
}
