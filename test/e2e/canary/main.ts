// The canary test's page: Balcão's own storage code, in real Chromium, writes a citizen's data the way
// the app does — an encrypted draft and a request sealed to the hub — so the test can search the profile
// on disk. `plain` writes the same records with encryption switched off: the control that shows the
// search would find the canaries if they were there. The test hands the citizen over through DevTools,
// never in the URL (which Chromium keeps in its history and session files).
import { set } from 'idb-keyval';
import { sealPayload } from '../../../src/core/seal/sealPayload.ts';
import { BalcaoDb } from '../../../src/db/balcaoDb.ts';
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
  const draft = {
    id: crypto.randomUUID(),
    mediatorId: mediator.id,
    kind: 'attendance',
    serviceId: 'carta-revalidacao',
  };
  if (plain) {
    const bytes = new TextEncoder().encode(JSON.stringify(citizen));
    await db.drafts.put({ ...draft, createdAt: 1, updatedAt: 1, iv: new Uint8Array(12), ciphertext: bytes });
  } else {
    await saveDraft(db, dataKey, { ...draft, payload: citizen });
  }

  const hub = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', hub.publicKey);
  const request = { service: 'carta-revalidacao', answers: citizen };
  await set('outbox:canary', plain ? JSON.stringify(request) : await sealPayload(request, { kid: 'canary', jwk }));
  db.close();
}

(globalThis as unknown as { writeCanaries: typeof writeCanaries }).writeCanaries = writeCanaries;
document.documentElement.dataset.ready = 'yes';
