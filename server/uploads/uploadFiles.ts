import { readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The hub's uploads folder in its data folder: tus's files, and the marks of those checked whole. */
export function uploadsFolder(dataDir: string): string {
  return join(dataDir, 'uploads');
}

/**
 * The files of one upload in `dir`: the ciphertext and tus's info beside it (@tus/file-store's layout:
 * `<id>` and `<id>.json`), and the mark that its digest was checked (`<id>.held`), ours.
 */
export function uploadFiles(dir: string, id: string) {
  return { bytes: join(dir, id), info: join(dir, `${id}.json`), held: join(dir, `${id}.held`) };
}

export interface UploadInfo {
  /** Upload-Length as created. */
  size: number;
  /** The digest its metadata names. */
  digest: string;
}

/** tus's info of an upload (what its POST declared), or undefined when there is no such upload. */
export async function readUploadInfo(dir: string, id: string): Promise<UploadInfo | undefined> {
  const text = await readIfThere(uploadFiles(dir, id).info);
  if (text === undefined) return undefined;
  const info = JSON.parse(text) as { size?: unknown; metadata?: { digest?: unknown } };
  if (typeof info.size !== 'number' || typeof info.metadata?.digest !== 'string') {
    throw new Error(`the upload info of ${id} is not one the hub wrote`);
  }
  return { size: info.size, digest: info.metadata.digest };
}

/** The size of a file, or undefined when it is not there. */
export async function sizeIfThere(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Removes an upload whole (its bytes, tus's info and our mark); what is already gone is fine. */
export async function dropUpload(dir: string, id: string): Promise<void> {
  const files = uploadFiles(dir, id);
  await Promise.all(
    [files.held, files.bytes, files.info].map((path) =>
      unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      }),
    ),
  );
}
