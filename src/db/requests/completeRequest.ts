// Completion (issue 4, item 4): the request is sealed for the hub first, then one transaction writes the outbox row, hands the attendance's attachments to the request,
// logs the attendance and deletes the draft, so the device never holds half a completion. The draft's
// presence is the guard: a double tap or a second tab finds it gone and makes no second request.
import type { Priority } from '../../core/attendance/attendanceTerms.ts';
import type { RequestPayload } from '../../core/attendance/RequestPayload.ts';
import type { HubPublicKey } from '../../core/seal/HubPublicKey.ts';
import { sealRequest } from '../../core/seal/sealRequest.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { DraftUnreadable } from '../secure/drafts.ts';
import { AlreadyCompleted } from './alreadyCompleted.ts';
import { AttachmentMissing } from './attachmentErrors.ts';
import type { OutboxRecord } from './outboxRecord.ts';
import { type OutboxSummary, outboxSummary } from './outboxSummary.ts';
import { sha256 } from './sha256.ts';
import { orStorageFull } from './storageFull.ts';

export interface Completion {
  /** The request as checked by `checkRequest`: it is sealed as it is. */
  payload: RequestPayload;
  /** The hub key to seal to: the device's `currentKid`. */
  hubKey: HubPublicKey;
  mediatorName: string;
  spotName: string;
  /** The attendance (and its draft) the request completes. */
  attendanceId: string;
  /** For the attendance log; the payload's when absent. */
  priority?: Priority | null;
  startedAt?: number;
}

/**
 * Completes an attendance with its request, once. `now` is when the attendance ends, for the log. Throws
 * AlreadyCompleted (the draft is gone or the request exists), AttachmentMissing (the payload names an
 * attachment the attendance does not hold as named), DraftUnreadable (the draft is another mediator's),
 * or StorageFull; on any of them nothing is written and the draft stays.
 */
export async function completeRequest(db: BalcaoDb, input: Completion, now = Date.now()): Promise<OutboxSummary> {
  const { payload, attendanceId } = input;
  for (const [field, value] of [
    ['requestId', payload.requestId],
    ['mediatorId', payload.mediatorId],
  ] as const) {
    // Ids that delimit bindings elsewhere (drafts' additional data): a colon would let two read the same.
    if (value === '' || value.includes(':')) throw new TypeError(`a request's ${field} must be non-empty, without ":"`);
  }
  const sealed = await sealRequest(payload, input.hubKey);
  const record: OutboxRecord = {
    id: payload.requestId,
    localRef: payload.localRef,
    state: 'queued',
    serviceId: payload.serviceId,
    form: { id: payload.form.id, version: payload.form.version },
    kid: input.hubKey.kid,
    sealed,
    sealedDigest: await sha256(sealed),
    sealedBytes: new TextEncoder().encode(sealed).byteLength,
    mediatorId: payload.mediatorId,
    mediatorName: input.mediatorName,
    spotId: payload.spotId,
    spotName: input.spotName,
    feeCents: payload.fee.amountCents,
    paymentMethod: payload.payment?.method ?? null,
    multibanco:
      payload.payment?.method === 'multibanco-reference'
        ? { entity: payload.payment.entity, reference: payload.payment.reference }
        : null,
    completedAt: payload.completedAt,
    replaces: payload.replaces,
    attachmentIds: payload.attachments.map((a) => a.id),
    leaseUntil: null,
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    receipt: null,
    archived: null,
    hubRef: null,
    receivedAt: null,
  };

  await orStorageFull(
    () =>
      db.transaction('rw', [db.outbox, db.drafts, db.attachments, db.attendances], async () => {
        const draft = await db.drafts.get(attendanceId);
        const earlier = await db.outbox.get(record.id);
        const logged = await db.attendances.get(attendanceId);
        if (!draft || earlier || logged) {
          throw new AlreadyCompleted(attendanceId, earlier?.id ?? logged?.requestId ?? null);
        }
        if (draft.mediatorId !== record.mediatorId) {
          throw new DraftUnreadable(`attendance ${attendanceId} belongs to another mediator`);
        }

        const held = await db.attachments.where('attendanceId').equals(attendanceId).toArray();
        const named = new Map(payload.attachments.map((a) => [a.id, a.digest]));
        const missing = [...named].filter(([id, digest]) => !held.some((a) => a.id === id && a.digest === digest));
        if (missing.length > 0) throw new AttachmentMissing(missing.map(([id]) => id));

        await db.outbox.add(record);
        await db.attachments
          .where('id')
          .anyOf([...named.keys()])
          .modify({ requestId: record.id });
        // Photos retaken or removed along the way: the request does not name them, so nothing will send them.
        await db.attachments.bulkDelete(held.filter((a) => !named.has(a.id)).map((a) => a.id));
        await db.attendances.add({
          id: attendanceId,
          mediatorId: record.mediatorId,
          serviceId: record.serviceId,
          startedAt: input.startedAt ?? payload.startedAt,
          endedAt: now,
          outcome: 'completed',
          priority: input.priority === undefined ? payload.priority : input.priority,
          requestId: record.id,
        });
        await db.drafts.delete(attendanceId);
      }),
    'the completed request',
  );
  return outboxSummary(record);
}
