import { randomUUID } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes `text` to `path` so that a power cut (a van's laptop) leaves either the old file or the whole
 * new one: a temporary file is written and fsynced, then moved into place, then the folder is fsynced.
 * `exclusive` refuses to replace an existing file (EEXIST), for the first key that two processes may
 * race to create. The file is created with `mode` from the start, never readable by others meanwhile.
 */
export async function writeFileDurably(
  path: string,
  text: string,
  { mode, exclusive = false }: { mode: number; exclusive?: boolean },
): Promise<void> {
  const temporary = join(dirname(path), `.${randomUUID()}.tmp`);
  const file = await open(temporary, 'wx', mode);
  try {
    await file.chmod(mode);
    await file.writeFile(text, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    if (exclusive) await link(temporary, path);
    else await rename(temporary, path);
  } finally {
    if (exclusive) await unlink(temporary).catch(() => {});
  }
  const folder = await open(dirname(path), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
