// The canary test's page: Balcão's own storage code, in real Chromium, writes a citizen's data the way
// the app does — an encrypted draft, a photo encrypted with its request's content key, and the request
// sealed to the hub in the outbox — so the test can search the profile on disk. `plain` writes the same
// records with encryption switched off: the control that shows the search would find the canaries if
// they were there. The test hands the citizen over through DevTools, never in the URL (which Chromium
// keeps in its history and session files).
import type { RequestPayload } from '../../../src/core/attendance/RequestPayload.ts';
import { BalcaoDb } from '../../../src/db/balcaoDb.ts';
import { storeAttachment } from '../../../src/db/requests/attachments.ts';
import { completeRequest } from '../../../src/db/requests/completeRequest.ts';
import { newContentKey } from '../../../src/db/requests/contentKey.ts';
import { createMediator } from '../../../src/db/secure/createMediator.ts';
import { saveDraft } from '../../../src/db/secure/drafts.ts';

interface Citizen {
  name: string;
  nif: string;
}

async function writeCanaries(person: Citizen, plain: boolean): Promise<void> {
  const citizen = { ...person, address: 'Rua do Teste, 1' };
  const db = new BalcaoDb();
  const { mediator, dataKey } = await createMediator(
    db,
    { name: 'Mediadora', secret: 'uma frase bem longa', kind: 'passphrase' },
    { allowPin: false, iterations: 1_000 },
  );
  const draft = (id: string) => ({ id, mediatorId: mediator.id, kind: 'attendance', serviceId: 'carta-revalidacao' });
  const inProgress = draft(crypto.randomUUID());
  const completing = draft(crypto.randomUUID());
  // A scan of the citizen's card: their name and NIF are in its bytes.
  const scan = new TextEncoder().encode(`CARTAO DE CIDADAO ${citizen.name} NIF ${citizen.nif}`.padEnd(4096, ' '));
  const contentKey = newContentKey();
  const requestId = crypto.randomUUID();
  const payload: RequestPayload = {
    v: 1,
    requestId,
    localRef: 'CANA-RIO0',
    deviceId: 'canary-device',
    spotId: 'canary-spot',
    mediatorId: mediator.id,
    serviceId: 'carta-revalidacao',
    form: { id: 'carta-revalidacao', version: 1 },
    priority: null,
    answers: { 'full-name': citizen.name, nif: citizen.nif, address: citizen.address },
    identity: { document: 'citizen-card', last4: '4ZX9' },
    fee: { amountCents: 3000, variant: 'standard', exemptionId: null, age: 45, split: [] },
    payment: { method: 'cash' },
    brought: [],
    replaces: null,
    attachments: [],
    contentKey,
    consentAt: 1,
    startedAt: 1,
    completedAt: 2,
    day: '2026-12-04',
  };

  if (plain) {
    const bytes = new TextEncoder().encode(JSON.stringify(citizen));
    const row = { createdAt: 1, updatedAt: 1, iv: new Uint8Array(12), ciphertext: bytes };
    await db.drafts.bulkPut([
      { ...inProgress, ...row },
      { ...completing, ...row },
    ]);
    await db.attachments.put({
      id: crypto.randomUUID(),
      attendanceId: completing.id,
      requestId,
      fieldId: 'documents',
      type: 'image/jpeg',
      bytes: scan.byteLength,
      digest: '',
      iv: new Uint8Array(12),
      ciphertext: scan,
      createdAt: 1,
    });
    await db.outbox.put({
      id: requestId,
      localRef: payload.localRef,
      state: 'queued',
      serviceId: payload.serviceId,
      form: payload.form,
      kid: 'canary',
      sealed: JSON.stringify(payload),
      sealedDigest: '',
      sealedBytes: 0,
      mediatorId: mediator.id,
      mediatorName: 'Mediadora',
      spotId: payload.spotId,
      spotName: 'Canário',
      feeCents: 3000,
      paymentMethod: 'cash',
      multibanco: null,
      completedAt: 2,
      replaces: null,
      attachmentIds: [],
      leaseUntil: null,
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      receipt: null,
      archived: null,
      hubRef: null,
      receivedAt: null,
    });
  } else {
    await saveDraft(db, dataKey, { ...inProgress, payload: citizen });
    await saveDraft(db, dataKey, { ...completing, payload: citizen });
    const ref = await storeAttachment(db, {
      attendanceId: completing.id,
      fieldId: 'documents',
      contentKey,
      bytes: scan,
      type: 'image/jpeg',
    });
    const hub = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const jwk = await crypto.subtle.exportKey('jwk', hub.publicKey);
    await completeRequest(db, {
      payload: { ...payload, answers: { ...payload.answers, documents: [ref.id] }, attachments: [ref] },
      hubKey: { kid: 'canary', jwk },
      mediatorName: 'Mediadora',
      spotName: 'Canário',
      attendanceId: completing.id,
    });
  }
  db.close();
}

(globalThis as unknown as { writeCanaries: typeof writeCanaries }).writeCanaries = writeCanaries;
document.documentElement.dataset.ready = 'yes';
