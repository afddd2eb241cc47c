// A mediator, an attendance in progress (its draft) and the request it completes with, for the request
// store's tests. The citizen's NIF and name are the canaries, so a test can look for them in every row.

import { localReference } from '../../../../src/core/attendance/localReference.ts';
import type { RequestPayload } from '../../../../src/core/attendance/RequestPayload.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { newContentKey } from '../../../../src/db/requests/contentKey.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { saveDraft } from '../../../../src/db/secure/drafts.ts';
import { CANARY_NAME, CANARY_NIF } from '../../../kit/canary.ts';

export const DEVICE_ID = 'device-7f3a';
export const SPOT_ID = 'spot-lisboa-arroios';

export async function mediator(db: BalcaoDb, name: string): Promise<{ id: string; name: string; dataKey: CryptoKey }> {
  const { mediator, dataKey } = await createMediator(
    db,
    { name, secret: `segredo de ${name}`, kind: 'passphrase' },
    { allowPin: false, iterations: 1_000 },
  );
  return { id: mediator.id, name, dataKey };
}

/** An attendance in progress: its draft, encrypted as the attendance screens save it. */
export async function startAttendance(
  db: BalcaoDb,
  who: { id: string; dataKey: CryptoKey },
  startedAt = 1_000,
): Promise<{ attendanceId: string; contentKey: string }> {
  const attendanceId = crypto.randomUUID();
  const contentKey = newContentKey();
  await saveDraft(
    db,
    who.dataKey,
    {
      id: attendanceId,
      mediatorId: who.id,
      kind: 'attendance',
      serviceId: 'registo-criminal',
      payload: { id: attendanceId, startedAt, contentKey, answers: { nif: CANARY_NIF, name: CANARY_NAME } },
    },
    startedAt,
  );
  return { attendanceId, contentKey };
}

export function requestPayload(
  who: { id: string },
  contentKey: string,
  changes: Partial<RequestPayload> = {},
): RequestPayload {
  const requestId = changes.requestId ?? crypto.randomUUID();
  return {
    v: 1,
    requestId,
    localRef: localReference(requestId),
    deviceId: DEVICE_ID,
    spotId: SPOT_ID,
    mediatorId: who.id,
    serviceId: 'registo-criminal',
    form: { id: 'registo-criminal', version: 2 },
    priority: 'senior',
    answers: { nif: CANARY_NIF, 'full-name': CANARY_NAME },
    identity: { document: 'citizen-card', last4: '4Z7X' },
    fee: { amountCents: 500, variant: null, exemptionId: null, age: null, split: [] },
    payment: { method: 'cash' },
    brought: ['citizen-card'],
    replaces: null,
    attachments: [],
    contentKey,
    consentAt: 4_000,
    startedAt: 1_000,
    completedAt: 5_000,
    day: '2025-03-14',
    ...changes,
  };
}

/** What an image worker hands over: here, bytes that carry the citizen's NIF and name in the clear. */
export function scan(size = 2_048): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(`NIF ${CANARY_NIF} ${CANARY_NAME}`));
  return bytes;
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
