// The outbox to a file, for a laptop that breaks (issue 5, item 7; DESIGN.md "Lessons from the field":
// storage cleared or evicted). Every request the hub does not have yet goes, sealed as it is, with its
// attachments' ciphertext, under a passphrase the mediator chooses: the sealed requests were unreadable
// already, but the rest (mediators' names, the spot, fees, times) is only readable with it.
import { validateSecret } from '../../core/session/validateSecret.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { deviceIdentity } from '../device/deviceIdentity.ts';
import type { AttachmentRecord } from '../requests/attachmentRecord.ts';
import type { OutboxRecord, OutboxState } from '../requests/outboxRecord.ts';
import { OutboxFileRefused } from './OutboxFileRefused.ts';
import { type ExportedAttachment, type ExportedRequest, packOutboxBody } from './outboxFileBody.ts';
import { encryptOutboxFile } from './outboxFileCrypto.ts';

/** Every state of a request the hub does not have yet. */
const NOT_DELIVERED: readonly OutboxState[] = ['queued', 'sending', 'retry', 'attention'];

/** How far the export is: `done` of `total` requests read; then the whole is encrypted at once. */
export interface ExportProgress {
  done: number;
  total: number;
}

export interface OutboxExport {
  bytes: Uint8Array<ArrayBuffer>;
  /** `balcao-envios-<spot>-<yyyy-mm-dd>.balcao`, the day by the device's clock. */
  fileName: string;
  requests: number;
  attachments: number;
}

/**
 * The file of every request not delivered and not archived (a request archived with a note was set
 * aside by its mediator: it is not sent again), with its attachments. Throws OutboxFileRefused:
 * `passphrase-too-short` (under MIN_PASSPHRASE_CHARACTERS), `not-enrolled`, `nothing-to-export`.
 */
export async function exportOutbox(
  db: BalcaoDb,
  passphrase: string,
  now: number,
  { onProgress }: { onProgress?: (progress: ExportProgress) => void } = {},
): Promise<OutboxExport> {
  if (validateSecret(passphrase, 'passphrase', { allowPin: false }) !== null) {
    throw new OutboxFileRefused('passphrase-too-short');
  }
  const device = await deviceIdentity(db);
  if (!device) throw new OutboxFileRefused('not-enrolled');

  // One read transaction: the file is one moment of the outbox, not rows from before and after a send.
  const { rows, attachments } = await db.transaction('r', [db.outbox, db.attachments], async () => {
    const rows = (await db.outbox.where('state').anyOf(NOT_DELIVERED).toArray())
      .filter((row) => !row.archived && row.sealed !== null)
      .sort((a, b) => a.completedAt - b.completedAt);
    const attachments: AttachmentRecord[] = [];
    for (const [index, row] of rows.entries()) {
      const found = await db.attachments.bulkGet(row.attachmentIds);
      attachments.push(...found.filter((attachment) => attachment !== undefined));
      onProgress?.({ done: index + 1, total: rows.length });
    }
    return { rows, attachments };
  });
  if (rows.length === 0) throw new OutboxFileRefused('nothing-to-export');

  const body = packOutboxBody({
    spot: { id: device.spot.id, name: device.spot.name },
    deviceId: device.deviceId,
    exportedAt: now,
    requests: rows.map(exported),
    attachments: attachments.map(
      ({ uploadUrl: _url, uploadedAt: _at, ...attachment }): ExportedAttachment => attachment,
    ),
  });
  return {
    bytes: await encryptOutboxFile(body, passphrase),
    fileName: exportFileName(device.spot.id, now),
    requests: rows.length,
    attachments: attachments.length,
  };
}

function exported(row: OutboxRecord): ExportedRequest {
  if (row.sealed === null) throw new TypeError(`request ${row.id} has no sealed payload`);
  return {
    id: row.id,
    localRef: row.localRef,
    state: row.state,
    serviceId: row.serviceId,
    form: row.form,
    kid: row.kid,
    sealed: row.sealed,
    sealedDigest: row.sealedDigest,
    sealedBytes: row.sealedBytes,
    mediatorId: row.mediatorId,
    mediatorName: row.mediatorName,
    spotId: row.spotId,
    spotName: row.spotName,
    feeCents: row.feeCents,
    paymentMethod: row.paymentMethod,
    multibanco: row.multibanco,
    completedAt: row.completedAt,
    replaces: row.replaces,
    attachmentIds: row.attachmentIds,
    ...(row.boundDeviceId !== undefined && { boundDeviceId: row.boundDeviceId }),
  };
}

/** A name that says what and whose the file is, safe on every file system. */
export function exportFileName(spotId: string, now: number): string {
  const day = new Date(now);
  const date = [day.getFullYear(), day.getMonth() + 1, day.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
  const spot =
    spotId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'espaco';
  return `balcao-envios-${spot}-${date}.balcao`;
}
