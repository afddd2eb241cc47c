import { readFile } from 'node:fs/promises';
import { createReceiptKey } from './createReceiptKey.ts';
import { receiptKeyFiles } from './receiptKeyFiles.ts';
import { writeFileDurably } from './writeFileDurably.ts';

/**
 * Adds a receipt key and signs with it from now on. The old keys stay, and their public halves stay
 * in every device profile: a receipt a device already holds must keep verifying (it is the citizen's
 * proof, reprinted from the device). The key file is on disk before `current` names it.
 */
export async function rotateReceiptKey(dir: string): Promise<{ kid: string; previousKid: string | undefined }> {
  const previousKid = await readFile(receiptKeyFiles.current(dir), 'utf8').then(
    (text) => text.trim() || undefined,
    () => undefined,
  );
  const kid = await createReceiptKey(dir);
  await writeFileDurably(receiptKeyFiles.current(dir), `${kid}\n`, { mode: 0o600 });
  return { kid, previousKid };
}
