import type { AttachmentHolder } from './AttachmentHolder.ts';

/**
 * The attachments a request names that the hub does not hold whole yet (or holds with another digest
 * than the request gives), each id once. A request goes into the store only when this is empty: the
 * device uploads the rest, then sends the request again.
 */
export async function missingAttachments(
  named: readonly { id: string; digest?: string }[],
  deviceId: string,
  holder: AttachmentHolder,
): Promise<string[]> {
  // One check per id, with the digest the sealed request gives it where any mention gives one.
  const digests = new Map<string, string | undefined>();
  for (const { id, digest } of named) if (digests.get(id) === undefined) digests.set(id, digest);
  const ids = [...digests.keys()];
  const held = await Promise.all(ids.map((id) => holder.holds(id, deviceId, digests.get(id))));
  return ids.filter((_id, i) => !held[i]);
}
