import { readFile } from 'node:fs/promises';
import { createHubKey } from './createHubKey.ts';
import { keyFiles } from './keyFiles.ts';
import { writeFileDurably } from './writeFileDurably.ts';

/**
 * Adds a key and makes it the one devices seal to. The old keys stay: requests sealed to them may still
 * sit in a van's outbox for days, and must open when they arrive. The key file is on disk before
 * `current` names it, so a hub reading the folder meanwhile never sees a kid it cannot load.
 */
export async function rotateHubKey(dir: string): Promise<{ kid: string; previousKid: string | undefined }> {
  const previousKid = await readFile(keyFiles.current(dir), 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
  const kid = await createHubKey(dir);
  await writeFileDurably(keyFiles.current(dir), `${kid}\n`, { mode: 0o600 });
  return { kid, previousKid };
}
