import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { writeFileDurably } from '../keys/writeFileDurably.ts';
import { dropUpload, readIfThere, readUploadInfo, sizeIfThere, uploadFiles } from './uploadFiles.ts';

export type UploadCheck =
  /** Every byte is stored, on disk, and their SHA-256 is the digest the upload was created with. */
  | { state: 'held'; digest: string; bytes: number }
  | { state: 'incomplete'; offset: number; size: number }
  | { state: 'missing' }
  /** Complete, but another digest: the upload has just been deleted. */
  | { state: 'mismatch' };

/**
 * Checks an upload whole, once: when its last byte arrives, and again whenever it is asked about and is
 * complete without its mark (the hub stopped between the two). A digest that matches is marked held, after
 * the bytes are fsynced, so a receipt the intake signs on it survives a power cut; one that does not has
 * the upload deleted, and the device's next attempt sends it again from its first byte.
 */
export async function verifyUpload(dir: string, id: string): Promise<UploadCheck> {
  const files = uploadFiles(dir, id);
  const info = await readUploadInfo(dir, id);
  const offset = await sizeIfThere(files.bytes);
  if (info === undefined || offset === undefined) return { state: 'missing' };
  if (offset !== info.size) return { state: 'incomplete', offset, size: info.size };

  const held = await readIfThere(files.held);
  if (held !== undefined) {
    const mark = JSON.parse(held) as { digest?: unknown; bytes?: unknown };
    if (mark.digest === info.digest && mark.bytes === offset)
      return { state: 'held', digest: info.digest, bytes: offset };
  }
  const digest = await durableDigest(files.bytes);
  if (digest !== info.digest) {
    await dropUpload(dir, id);
    return { state: 'mismatch' };
  }
  await writeFileDurably(files.held, JSON.stringify({ digest, bytes: offset }), { mode: 0o600 });
  return { state: 'held', digest, bytes: offset };
}

/** SHA-256 (base64url) of a file, flushed to disk first: @tus/file-store writes without fsync. */
async function durableDigest(path: string): Promise<string> {
  const file = await open(path, 'r');
  const hash = createHash('sha256');
  try {
    await file.sync();
    for await (const chunk of file.createReadStream({ autoClose: false })) hash.update(chunk as Buffer);
  } finally {
    await file.close();
  }
  return hash.digest('base64url');
}
