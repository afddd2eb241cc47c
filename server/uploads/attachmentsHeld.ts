import { isUuid, uploadId } from '../../src/core/sync/uploadProtocol.ts';
import { uploadsFolder } from './uploadFiles.ts';
import { verifyUpload } from './verifyUpload.ts';

/** An attachment a request names: its id, or its id and the digest the sealed request gives it. */
export type NamedAttachment = string | { id: string; digest: string };

export interface AttachmentsHeld {
  /** Not held whole by the hub yet (never uploaded, still uploading, or dropped): the device uploads them. */
  missing: string[];
  /** Held whole, but with another digest than the request names: the request does not describe them. */
  mismatched: string[];
}

/**
 * Which of the attachments `deviceId` names the hub does not hold whole, digest checked, for the intake
 * to decide on a request before storing it. Only the device's own uploads count: another device's upload
 * of the same attachment id is another upload. Each id is answered once, in the order first named.
 */
export async function attachmentsHeld(
  dataDir: string,
  deviceId: string,
  attachments: readonly NamedAttachment[],
): Promise<AttachmentsHeld> {
  const named = new Map<string, string | undefined>();
  for (const attachment of attachments) {
    const [id, digest] = typeof attachment === 'string' ? [attachment, undefined] : [attachment.id, attachment.digest];
    if (!named.has(id) || named.get(id) === undefined) named.set(id, digest);
  }
  const dir = uploadsFolder(dataDir);
  const answer: AttachmentsHeld = { missing: [], mismatched: [] };
  for (const [id, digest] of named) {
    // An id that is not a UUID names no upload, and must not become a path.
    const check =
      isUuid(id) && isUuid(deviceId) ? await verifyUpload(dir, uploadId(deviceId, id)) : { state: 'missing' as const };
    if (check.state !== 'held') answer.missing.push(id);
    else if (digest !== undefined && digest !== check.digest) answer.mismatched.push(id);
  }
  return answer;
}
