// What an outbox file holds once opened (issue 5, item 7): where it comes from, the requests not yet
// delivered (sealed, as the outbox keeps them) and their attachments' ciphertext, as it is stored.
// Laid out as a 4-byte big-endian length, that many bytes of JSON, then every attachment's bytes one
// after another, each named in the JSON by where it starts and how long it is: megabytes of photos
// are never turned into base64.
import * as v from 'valibot';
import { PAYMENT_METHODS } from '../../core/attendance/attendanceTerms.ts';
import { base64url, fromBase64url } from '../../core/deviceAuth/signedCall.ts';
import type { AttachmentRecord } from '../requests/attachmentRecord.ts';
import { OUTBOX_STATES, type OutboxRecord } from '../requests/outboxRecord.ts';
import { concatBytes } from './concatBytes.ts';
import { OutboxFileRefused } from './OutboxFileRefused.ts';

/** What travels of a request: what it is and what it is bound to, not how this device was sending it. */
export type ExportedRequest = Pick<
  OutboxRecord,
  | 'id'
  | 'localRef'
  | 'state'
  | 'serviceId'
  | 'form'
  | 'kid'
  | 'sealedDigest'
  | 'sealedBytes'
  | 'mediatorId'
  | 'mediatorName'
  | 'spotId'
  | 'spotName'
  | 'feeCents'
  | 'paymentMethod'
  | 'multibanco'
  | 'completedAt'
  | 'replaces'
  | 'attachmentIds'
  | 'boundDeviceId'
> & { sealed: string };

/** An attachment as stored, less where this device was uploading it (another device uploads its own). */
export type ExportedAttachment = Omit<AttachmentRecord, 'uploadUrl' | 'uploadedAt'>;

export interface OutboxFileContents {
  /** The spot of the device that exported it: a file is imported only on a device of the same spot. */
  spot: { id: string; name: string };
  deviceId: string;
  /** Epoch ms, the exporting device's clock. */
  exportedAt: number;
  requests: ExportedRequest[];
  attachments: ExportedAttachment[];
}

const Id = v.pipe(v.string(), v.nonEmpty());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Time = v.pipe(v.number(), v.finite());

const RequestSchema = v.object({
  id: Id,
  localRef: v.string(),
  state: v.picklist(OUTBOX_STATES),
  serviceId: Id,
  form: v.object({ id: Id, version: Count }),
  kid: Id,
  sealed: Id,
  sealedDigest: Id,
  sealedBytes: Count,
  mediatorId: Id,
  mediatorName: v.string(),
  spotId: Id,
  spotName: v.string(),
  feeCents: Count,
  paymentMethod: v.nullable(v.picklist(PAYMENT_METHODS)),
  multibanco: v.nullable(v.object({ entity: v.string(), reference: v.string() })),
  completedAt: Time,
  replaces: v.nullable(Id),
  attachmentIds: v.array(Id),
  boundDeviceId: v.optional(Id),
});

const AttachmentSchema = v.object({
  id: Id,
  attendanceId: Id,
  requestId: v.nullable(Id),
  fieldId: Id,
  type: v.string(),
  bytes: Count,
  digest: Id,
  iv: Id,
  createdAt: Time,
  /** Where its ciphertext starts after the JSON, and its length. */
  at: Count,
  length: Count,
});

const BodySchema = v.object({
  spot: v.object({ id: Id, name: v.string() }),
  deviceId: Id,
  exportedAt: Time,
  requests: v.array(RequestSchema),
  attachments: v.array(AttachmentSchema),
});

const LENGTH_BYTES = 4;

/** The contents as the bytes the file encrypts. */
export function packOutboxBody(contents: OutboxFileContents): Uint8Array<ArrayBuffer> {
  let at = 0;
  const attachments = contents.attachments.map(({ iv, ciphertext, ...attachment }) => {
    const placed = { ...attachment, iv: base64url(iv), at, length: ciphertext.byteLength };
    at += ciphertext.byteLength;
    return placed;
  });
  const json = new TextEncoder().encode(JSON.stringify({ ...contents, attachments }));
  const length = new Uint8Array(LENGTH_BYTES);
  new DataView(length.buffer).setUint32(0, json.byteLength);
  return concatBytes([length, json, ...contents.attachments.map((attachment) => attachment.ciphertext)]);
}

/** The contents of an opened file; throws OutboxFileRefused('damaged') when they are not whole. */
export function unpackOutboxBody(body: Uint8Array<ArrayBuffer>): OutboxFileContents {
  if (body.byteLength < LENGTH_BYTES) throw new OutboxFileRefused('damaged');
  const jsonEnd = LENGTH_BYTES + new DataView(body.buffer, body.byteOffset).getUint32(0);
  if (jsonEnd > body.byteLength) throw new OutboxFileRefused('damaged');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(LENGTH_BYTES, jsonEnd)));
  } catch {
    throw new OutboxFileRefused('damaged');
  }
  const parsed = v.safeParse(BodySchema, json);
  if (!parsed.success) throw new OutboxFileRefused('damaged');
  const { requests, attachments, ...from } = parsed.output;
  const blobs = body.byteLength - jsonEnd;
  return {
    ...from,
    requests: requests.map(({ boundDeviceId, ...request }) => ({
      ...request,
      ...(boundDeviceId !== undefined && { boundDeviceId }),
    })),
    attachments: attachments.map(({ at, length, iv, ...attachment }) => {
      if (at + length > blobs) throw new OutboxFileRefused('damaged');
      return {
        ...attachment,
        iv: ivOf(iv),
        ciphertext: body.slice(jsonEnd + at, jsonEnd + at + length),
      };
    }),
  };
}

function ivOf(text: string): Uint8Array<ArrayBuffer> {
  try {
    return fromBase64url(text);
  } catch {
    throw new OutboxFileRefused('damaged');
  }
}
