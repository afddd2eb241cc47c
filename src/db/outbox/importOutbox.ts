// An outbox file into this device's outbox (issue 5, item 7): the requests of a laptop of the same spot,
// sealed as they were, queued here to be sent by this device. Each stays bound to the device that sealed
// it (its seal says so): the hub takes it from any device of that spot and answers every one of them
// with its one receipt, so a request sent by both laptops is still delivered exactly once.

import { readSealHeaderFields } from '../../core/seal/readSealHeader.ts';
import { REQUEST_BINDING } from '../../core/seal/sealRequest.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import type { KnownDevice } from '../device/deviceRecord.ts';
import type { AttachmentRecord } from '../requests/attachmentRecord.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';
import { OutboxFileRefused } from './OutboxFileRefused.ts';
import { type ExportedRequest, unpackOutboxBody } from './outboxFileBody.ts';
import { decryptOutboxFile } from './outboxFileCrypto.ts';

export interface OutboxImport {
  /** Requests this device did not have, now queued. */
  added: number;
  /** Requests of the file already on this device (delivered or not): left as they are. */
  already: number;
  /** Attachments added with the new requests. */
  attachments: number;
  /** Where the file comes from. */
  from: { deviceId: string; spot: { id: string; name: string }; exportedAt: number };
}

/**
 * Opens `file` with `passphrase` and adds, in one transaction, the requests whose ids this device does
 * not hold, `queued`, with their attachments (ciphertext as it is): importing a file twice adds nothing
 * the second time. Nothing is written unless all of it is. Throws OutboxFileRefused: `not-an-export`,
 * `damaged`, `unsupported-version`, `wrong-passphrase`, or `other-spot` (with the file's spot).
 */
export async function importOutbox(
  db: BalcaoDb,
  file: Blob | Uint8Array<ArrayBuffer>,
  passphrase: string,
  device: Pick<KnownDevice, 'deviceId' | 'spot'>,
): Promise<OutboxImport> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
  const contents = unpackOutboxBody(await decryptOutboxFile(bytes, passphrase));
  const from = { deviceId: contents.deviceId, spot: contents.spot, exportedAt: contents.exportedAt };
  if (contents.spot.id !== device.spot.id) throw new OutboxFileRefused('other-spot', contents.spot);

  // Each id once (the first), so a file listing one twice is not refused by the store halfway.
  const unique = new Map<string, ExportedRequest>();
  for (const request of contents.requests) if (!unique.has(request.id)) unique.set(request.id, request);
  const rows = [...unique.values()].map((request) => queued(request, device.deviceId));
  const attachmentsOf = new Map<string, Map<string, AttachmentRecord>>();
  for (const attachment of contents.attachments) {
    if (attachment.requestId === null) continue;
    const ofRequest = attachmentsOf.get(attachment.requestId) ?? new Map<string, AttachmentRecord>();
    if (!ofRequest.has(attachment.id)) ofRequest.set(attachment.id, attachment);
    attachmentsOf.set(attachment.requestId, ofRequest);
  }

  return db.transaction('rw', [db.outbox, db.attachments], async () => {
    const held = await db.outbox.bulkGet(rows.map((row) => row.id));
    const fresh = rows.filter((_row, i) => held[i] === undefined);
    // Only a new request's attachments: a delivered request's were purged here on its receipt, for good.
    const candidates = fresh.flatMap((row) => [...(attachmentsOf.get(row.id)?.values() ?? [])]);
    const heldAttachments = await db.attachments.bulkGet(candidates.map((attachment) => attachment.id));
    const attachments = candidates.filter((_attachment, i) => heldAttachments[i] === undefined);
    await db.outbox.bulkAdd(fresh);
    await db.attachments.bulkAdd(attachments);
    return { added: fresh.length, already: rows.length - fresh.length, attachments: attachments.length, from };
  });
}

/** A request of the file as this device queues it: bound to its sealer, never tried from here yet. */
function queued(request: ExportedRequest, ownId: string): OutboxRecord {
  const { boundDeviceId: _listed, ...rest } = request;
  const sealedBy = sealer(request.sealed);
  return {
    ...rest,
    state: 'queued',
    leaseUntil: null,
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    receipt: null,
    archived: null,
    hubRef: null,
    receivedAt: null,
    // A request coming home (exported, then imported on the device that sealed it) is its own again.
    ...(sealedBy !== ownId && { boundDeviceId: sealedBy }),
  };
}

/**
 * The device a sealed request is bound to, as its protected header says (the hub compares the same
 * member once it has decrypted it), rather than what the file lists: a file exported by a device that
 * imported it names the first sealer, and a receipt is verified against exactly that device.
 */
function sealer(sealed: string): string {
  try {
    const deviceId = readSealHeaderFields(sealed).fields[REQUEST_BINDING.deviceId];
    if (typeof deviceId === 'string' && deviceId !== '') return deviceId;
  } catch {
    // An authenticated file with a request that is not a seal: it was never a sendable request.
  }
  throw new OutboxFileRefused('damaged');
}
