// The chaos and crash tests' seeding, run in a document of the app's origin (its database, its service
// worker): completed requests made the way the review step makes them (completeAttendance's steps: a
// draft, the request built and judged by the app's rules, sealed to the hub's real key by
// completeRequest in its one transaction), then the completion's trigger (drainAfterCompletion: a
// Background Sync and a DRAIN message to the worker). Sending stays the app's: nothing here posts to the
// hub. The test loads this module from the app's folder (`/assets/chaos-harness.js`, where the app's own
// Trusted Types policy would admit it too) and calls `balcaoChaos` through DevTools.
import { type AttendanceState, newAttendance } from '../../../src/core/attendance/AttendanceState.ts';
import { buildRequestPayload } from '../../../src/core/attendance/buildRequestPayload.ts';
import { checkRequest } from '../../../src/core/attendance/checkRequest.ts';
import { spotDay } from '../../../src/core/attendance/spotDay.ts';
import { balcaoDb } from '../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../src/db/device/deviceIdentity.ts';
import { latestForm } from '../../../src/db/latestForm.ts';
import { completeRequest } from '../../../src/db/requests/completeRequest.ts';
import { newContentKey } from '../../../src/db/requests/contentKey.ts';
import { createMediator } from '../../../src/db/secure/createMediator.ts';
import { saveDraft } from '../../../src/db/secure/drafts.ts';
import { unlockMediator } from '../../../src/db/secure/unlockMediator.ts';
import { ATTENDANCE_DRAFT } from '../../../src/features/attendance/useAttendanceDraft.ts';
import { drainAfterCompletion } from '../../../src/sw-bridge/requestDrain.ts';

/** The free assisted request for the Finanças password: the quickest real completion (test/kit/attendanceInBrowser.ts). */
const SERVICE_ID = 'senha-financas';
const MEDIATOR = { name: 'Mediadora do Caos', secret: 'uma frase longa para o caos', kind: 'passphrase' as const };
/** Completions written at once: each is its own strict transaction, so a few in flight keep the disk busy. */
const IN_FLIGHT = 8;

let session: Promise<{ mediatorId: string; dataKey: CryptoKey }> | undefined;

/** This harness's mediator: made on the device's first seeding, unlocked on a later page load (after a crash). */
function mediator() {
  session ??= (async () => {
    const db = balcaoDb();
    const known = (await db.mediators.toArray()).find((row) => row.name === MEDIATOR.name);
    if (known) {
      const unlocked = await unlockMediator(db, known.id, MEDIATOR.secret, Date.now());
      if (!unlocked.ok) throw new Error(`the harness's mediator did not unlock: ${unlocked.reason}`);
      return unlocked;
    }
    // A few PBKDF2 rounds: the key only guards this harness's drafts.
    const { mediator, dataKey } = await createMediator(db, MEDIATOR, { allowPin: false, iterations: 1_000 });
    return { mediatorId: mediator.id, dataKey };
  })();
  return session;
}

/** An attendance at its review step, as the mediator leaves it before "Concluir pedido" (citizen `n`). */
function reviewedAttendance(state: AttendanceState, n: number): AttendanceState {
  state.step = { id: 'review' };
  state.brought = { 'cartao-cidadao': true, nif: true };
  state.answers = {
    'full-name': `Cidadã do Caos ${n}`,
    nif: '123456789',
    'request-summary': 'Pede a senha de acesso ao Portal das Finanças, por carta.',
  };
  state.identity = { document: 'citizen-card', last4: '1ZZ4' };
  state.consent = true;
  return state;
}

/**
 * Completes `count` attendances on this device and asks for them to be sent, as completion does.
 * Answers the request ids, each only once its outbox row is written ("Guardado no dispositivo").
 */
async function complete(count: number, { trigger = true }: { trigger?: boolean } = {}): Promise<string[]> {
  const db = balcaoDb();
  const device = await deviceIdentity(db);
  const hubKey = device?.hubKeys.find((key) => key.kid === device.currentKid);
  if (!device || !hubKey) throw new Error('the device is not enrolled: no hub key to seal to');
  const service = await db.services.get(SERVICE_ID);
  const form = service?.formId ? await latestForm(db, service.formId) : undefined;
  if (!service || !form) throw new Error(`the catalog on the device has no ${SERVICE_ID} and its form`);
  const { mediatorId, dataKey } = await mediator();

  const one = async (n: number): Promise<string> => {
    const now = Date.now();
    const state = reviewedAttendance(newAttendance(crypto.randomUUID(), now, newContentKey()), n);
    state.service = service;
    state.form = form;
    await saveDraft(
      db,
      dataKey,
      { id: state.id, mediatorId, kind: ATTENDANCE_DRAFT, serviceId: service.id, payload: state },
      now,
    );
    const built = buildRequestPayload(state, {
      requestId: crypto.randomUUID(),
      deviceId: device.deviceId,
      spotId: device.spot.id,
      mediatorId,
      attachments: new Map(),
      now,
      day: spotDay(now),
    });
    if (!built.ok) throw new Error(`the attendance is not ready: ${built.reason}`);
    const problems = checkRequest(built.payload, service, form);
    if (problems.length > 0) throw new Error(`the app refuses the request: ${JSON.stringify(problems)}`);
    const summary = await completeRequest(db, {
      payload: built.payload,
      hubKey,
      mediatorName: MEDIATOR.name,
      spotName: device.spot.name,
      attendanceId: state.id,
    });
    return summary.id;
  };

  const ids: string[] = [];
  for (let start = 0; start < count; start += IN_FLIGHT) {
    const size = Math.min(IN_FLIGHT, count - start);
    ids.push(...(await Promise.all(Array.from({ length: size }, (_, k) => one(start + k)))));
  }
  if (trigger) await drainAfterCompletion(db);
  return ids;
}

const harness = { complete };
export type ChaosHarness = typeof harness;
(globalThis as unknown as { balcaoChaos: ChaosHarness }).balcaoChaos = harness;
