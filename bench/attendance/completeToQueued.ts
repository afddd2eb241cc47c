// complete-to-queued (issue 4): what the mediator waits for between "Concluir pedido" and "Guardado no
// dispositivo", in the browser's own IndexedDB and WebCrypto: the request built and judged as the
// review step does (completeAttendance), then sealed and written by completeRequest in its one strict
// transaction. Beside it, the floor: sealing the same payload and one strict put of the sealed string.
import { type AttendanceState, newAttendance } from '../../src/core/attendance/AttendanceState.ts';
import { buildRequestPayload } from '../../src/core/attendance/buildRequestPayload.ts';
import { checkRequest } from '../../src/core/attendance/checkRequest.ts';
import type { RequestPayload } from '../../src/core/attendance/RequestPayload.ts';
import { spotDay } from '../../src/core/attendance/spotDay.ts';
import type { HubPublicKey } from '../../src/core/seal/HubPublicKey.ts';
import { sealPayload } from '../../src/core/seal/sealPayload.ts';
import { BalcaoDb } from '../../src/db/balcaoDb.ts';
import { completeRequest } from '../../src/db/requests/completeRequest.ts';
import { newContentKey } from '../../src/db/requests/contentKey.ts';
import { saveDraft } from '../../src/db/secure/drafts.ts';
import { ATTENDANCE_DRAFT } from '../../src/features/attendance/useAttendanceDraft.ts';
import { seedForm, seedService } from './seedCatalog.ts';
import type { Timings } from './Timings.ts';
import { timed } from './timed.ts';

const SERVICE_ID = 'carta-revalidacao';
const DEVICE_ID = 'bench-device';
const SPOT = { id: 'ecm-castelo-branco', name: 'Espaço Cidadão Móvel de Castelo Branco' };
const MEDIATOR = { id: 'bench-mediator', name: 'Joana Pires Rebelo' };
const FLOOR_DB = 'balcao-bench-floor';
const FLOOR_STORE = 'sealed';

/** An attendance at the review step, every question of the seed's form answered as a citizen of 70 would. */
function reviewedAttendance(now: number): AttendanceState {
  const state = newAttendance(crypto.randomUUID(), now - 9 * 60_000, newContentKey());
  state.service = seedService(SERVICE_ID);
  state.form = seedForm(SERVICE_ID);
  state.priority = 'senior';
  state.step = { id: 'review' };
  state.brought = { 'cartao-cidadao': true, 'carta-conducao': true, 'atestado-medico': true };
  state.eligibility = {
    birthDate: '1956-03-14',
    licenceIssuedOn: '1976-09-02',
    lastRevalidatedOn: '2021-03-10',
    cardExpiresOn: '2026-03-14',
  };
  state.answers = {
    'full-name': 'Maria da Conceição Canário Fernandes',
    nif: '123456789',
    'birth-date': '1956-03-14',
    'licence-number': 'CB-123456 7',
    'medical-certificate': true,
    'group-two': false,
    address: 'Rua do Cais, 12, 2.º Esq.',
    'postal-code': '6000-123',
    locality: 'Castelo Branco',
    phone: '912 345 678',
    email: 'maria.canario@example.pt',
  };
  state.identity = { document: 'citizen-card', last4: '9ZZ1' };
  state.payment = { method: 'card-terminal' };
  state.consent = true;
  return state;
}

/** The request of a reviewed attendance, as completeAttendance builds it and checkRequest lets it through. */
function checkedPayload(state: AttendanceState, now: number): RequestPayload {
  const built = buildRequestPayload(state, {
    requestId: crypto.randomUUID(),
    deviceId: DEVICE_ID,
    spotId: SPOT.id,
    mediatorId: MEDIATOR.id,
    attachments: new Map(),
    now,
    day: spotDay(now),
  });
  if (!built.ok) throw new Error(`the bench attendance is not ready: ${built.reason}`);
  const { service, form } = state;
  if (!service || !form) throw new Error('the bench attendance has no service');
  const problems = checkRequest(built.payload, service, form);
  if (problems.length > 0) throw new Error(`the bench request is refused: ${JSON.stringify(problems)}`);
  return built.payload;
}

async function hubKey(): Promise<HubPublicKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  return { kid: 'bench-hub', jwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
}

function openFloor(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(FLOOR_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(FLOOR_STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** One write and nothing else, reported done once on disk, as BalcaoDb's transactions are. */
function putStrict(floor: IDBDatabase, key: string, sealed: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = floor.transaction(FLOOR_STORE, 'readwrite', { durability: 'strict' });
    tx.objectStore(FLOOR_STORE).put(sealed, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

export async function completeToQueued(rounds: number, warmUp: number): Promise<Timings> {
  await deleteDatabase('balcao-bench-attendance');
  await deleteDatabase(FLOOR_DB);
  const db = new BalcaoDb('balcao-bench-attendance');
  const floor = await openFloor();
  const key = await hubKey();
  // What unlocking gives the session, without the 600,000 PBKDF2 rounds that bench/unlock.ts measures.
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const timings: Timings = { subject: SERVICE_ID, app: [], baseline: [] };
  try {
    for (let i = 0; i < warmUp + rounds; i += 1) {
      // A fresh attendance each round, its draft saved as the attendance screens save it, untimed.
      const state = reviewedAttendance(Date.now());
      await saveDraft(db, dataKey, {
        id: state.id,
        mediatorId: MEDIATOR.id,
        kind: ATTENDANCE_DRAFT,
        serviceId: SERVICE_ID,
        payload: state,
      });
      const floorPayload = checkedPayload(state, Date.now());
      const app = async () => {
        const queued = await completeRequest(db, {
          payload: checkedPayload(state, Date.now()),
          hubKey: key,
          mediatorName: MEDIATOR.name,
          spotName: SPOT.name,
          attendanceId: state.id,
        });
        timings.subject = `${SERVICE_ID} v${queued.form.version}: ${queued.sealedBytes} bytes sealed`;
      };
      const baseline = async () => putStrict(floor, floorPayload.requestId, await sealPayload(floorPayload, key));
      // Turn about, each going first every other round: a flush still draining from the one before does
      // not always land on the same side.
      let appTime: number;
      let baselineTime: number;
      if (i % 2 === 0) {
        appTime = await timed(app);
        baselineTime = await timed(baseline);
      } else {
        baselineTime = await timed(baseline);
        appTime = await timed(app);
      }
      if (i < warmUp) continue;
      timings.app.push(appTime);
      timings.baseline.push(baselineTime);
    }
    return timings;
  } finally {
    db.close();
    floor.close();
    await db.delete();
    await deleteDatabase(FLOOR_DB);
  }
}
