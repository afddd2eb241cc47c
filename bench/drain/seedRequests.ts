// The requests the drain bench sends: free assisted requests for the Finanças password (`senha-financas`,
// form `pedido-assistido`), each completed as the review step completes one (a draft saved, then
// `completeRequest` seals it to the hub's key in its one strict transaction), so the hub accepts and
// receipts every one. The citizen's account of the request makes the payload about 2 KB, like seal.ts's.
import { type AttendanceState, newAttendance } from '../../src/core/attendance/AttendanceState.ts';
import { buildRequestPayload } from '../../src/core/attendance/buildRequestPayload.ts';
import { checkRequest } from '../../src/core/attendance/checkRequest.ts';
import type { RequestPayload } from '../../src/core/attendance/RequestPayload.ts';
import { spotDay } from '../../src/core/attendance/spotDay.ts';
import type { BalcaoDb } from '../../src/db/balcaoDb.ts';
import type { KnownDevice } from '../../src/db/device/deviceRecord.ts';
import { completeRequest } from '../../src/db/requests/completeRequest.ts';
import { newContentKey } from '../../src/db/requests/contentKey.ts';
import { saveDraft } from '../../src/db/secure/drafts.ts';
import { ATTENDANCE_DRAFT } from '../../src/features/attendance/useAttendanceDraft.ts';
import { seedForm, seedService } from '../attendance/seedCatalog.ts';
import type { Seeded } from './DrainBench.ts';

const SERVICE_ID = 'senha-financas';
// A mediator's id is a UUID, made once when the mediator is created on the device.
const MEDIATOR = { id: '5f0c2a9e-3b7d-4e21-9a4c-8d1e6f2b7a30', name: 'Joana Pires Rebelo' };
/** Completions at a time: IndexedDB runs them one after another anyway, but their sealing overlaps. */
const IN_FLIGHT = 16;

const CITIZENS = [
  'Maria da Conceição Canário Fernandes',
  'José Manuel Ribeiro dos Santos',
  'Ana Cristina Lopes Figueiredo',
  'António Joaquim Carvalho Pereira',
];

const SUMMARY =
  'A cidadã pede uma senha nova de acesso ao Portal das Finanças: a senha que tinha, pedida em 2019, deixou ' +
  'de funcionar depois de três tentativas falhadas e a conta ficou bloqueada. Precisa de entregar a declaração ' +
  'de IRS deste ano (rendimentos de pensões, categoria H, e uma pequena renda de um terreno rústico em ' +
  'Castelo Branco) e de consultar as notas de cobrança do IMI. Não tem Chave Móvel Digital nem leitor de ' +
  'cartão, e o filho, que costumava ajudar, vive agora em França. Confirmou a morada fiscal: Rua do Cais, 12, ' +
  '2.º Esq., 6000-123 Castelo Branco, onde deve chegar a carta com o código, em cerca de cinco dias úteis. ' +
  'Foi informada de que a senha chega por carta e de que pode voltar ao Espaço Cidadão para a ativar com a ' +
  'ajuda do mediador; pediu que a contactem de manhã, pelo telemóvel, porque à tarde está no centro de dia. ' +
  'Trouxe o Cartão de Cidadão válido e o NIF confere com o do cartão. Pede ainda, se for possível, que lhe ' +
  'expliquem na mesma altura como aderir às notificações eletrónicas e à morada digital. Ficou com o ' +
  'comprovativo do pedido, com a referência local, e sabe que pode perguntar por ele neste balcão.';

/** An attendance at its review step, every question answered as a citizen of 78 would. */
function reviewedAttendance(i: number, now: number): AttendanceState {
  const state = newAttendance(crypto.randomUUID(), now - 7 * 60_000, newContentKey());
  state.service = seedService(SERVICE_ID);
  state.form = seedForm(state.service.formId ?? '');
  state.priority = 'senior';
  state.step = { id: 'review' };
  state.brought = { 'cartao-cidadao': true, nif: true };
  state.answers = {
    'full-name': CITIZENS[i % CITIZENS.length],
    nif: '123456789',
    phone: '912 345 678',
    email: 'cidadao@example.pt',
    'request-summary': SUMMARY,
  };
  state.identity = { document: 'citizen-card', last4: '1ZZ4' };
  state.consent = true;
  return state;
}

/** The request as completeAttendance builds it and checkRequest lets it through. */
function checkedPayload(state: AttendanceState, device: KnownDevice, now: number): RequestPayload {
  const built = buildRequestPayload(state, {
    requestId: crypto.randomUUID(),
    deviceId: device.deviceId,
    spotId: device.spot.id,
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

/** Completes `count` requests into `db`'s outbox for `device`, sealed to its current hub key. */
export async function seedRequests(db: BalcaoDb, device: KnownDevice, count: number): Promise<Seeded> {
  const hubKey = device.hubKeys.find((key) => key.kid === device.currentKid);
  if (!hubKey) throw new Error('the device has no current hub key');
  // What unlocking gives the session; drafts are kept under it until completion deletes them.
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const seeded: Seeded = { ids: [], payloadBytes: 0, sealedBytes: 0 };
  const complete = async (i: number) => {
    const now = Date.now();
    const state = reviewedAttendance(i, now);
    await saveDraft(db, dataKey, {
      id: state.id,
      mediatorId: MEDIATOR.id,
      kind: ATTENDANCE_DRAFT,
      serviceId: SERVICE_ID,
      payload: state,
    });
    const payload = checkedPayload(state, device, now);
    const queued = await completeRequest(db, {
      payload,
      hubKey,
      mediatorName: MEDIATOR.name,
      spotName: device.spot.name,
      attendanceId: state.id,
    });
    seeded.ids.push(payload.requestId);
    seeded.payloadBytes += new TextEncoder().encode(JSON.stringify(payload)).byteLength;
    seeded.sealedBytes += queued.sealedBytes;
  };
  for (let start = 0; start < count; start += IN_FLIGHT) {
    const group = Array.from({ length: Math.min(IN_FLIGHT, count - start) }, (_, k) => complete(start + k));
    await Promise.all(group);
  }
  seeded.payloadBytes = Math.round(seeded.payloadBytes / count);
  seeded.sealedBytes = Math.round(seeded.sealedBytes / count);
  return seeded;
}
