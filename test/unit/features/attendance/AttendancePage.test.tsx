import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AttendanceState, newAttendance } from '../../../../src/core/attendance/AttendanceState.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { newContentKey } from '../../../../src/db/requests/contentKey.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { loadDraft, saveDraft } from '../../../../src/db/secure/drafts.ts';
import { AttendancePage } from '../../../../src/features/attendance/AttendancePage.tsx';
import { readCatalogSnapshot } from '../../../../src/features/catalog/catalogSnapshot.ts';
import { SessionProvider } from '../../../../src/features/session/SessionProvider.tsx';
import { createSessionStore } from '../../../../src/features/session/sessionStore.ts';
import { updateHolds } from '../../../../src/features/update/updateGuard.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { enrolledDevice, TEST_SPOT } from '../../app/appKit.tsx';
import { seedServiceAndForm } from '../../core/attendance/seedCatalog.ts';
import { hubKeyPair } from '../../core/seal/hubKeyPair.ts';
import { byTestId, click, mount, typeInto, visibleText, waitFor } from '../renderKit.tsx';

let db: BalcaoDb;
let unmount = () => {};
afterEach(async () => {
  unmount();
  vi.restoreAllMocks();
  await db?.delete();
});

const { service, form } = seedServiceAndForm('carta-revalidacao');

/** An unlocked mediator and their attendance's draft, saved as the screen saves it. */
async function openDraft(changes: Partial<AttendanceState>) {
  db = freshDb();
  const device = await enrolledDevice(db);
  const hub = await hubKeyPair('hub-test');
  await db.device.put({ ...device, hubKeys: [hub.publicKey], currentKid: hub.publicKey.kid });
  const { mediator, dataKey } = await createMediator(
    db,
    { name: 'Rita', secret: 'frase muito secreta', kind: 'passphrase' },
    { allowPin: false, iterations: 1_000 },
  );
  const state: AttendanceState = { ...newAttendance('att-1', Date.now(), newContentKey()), ...changes };
  await saveDraft(db, dataKey, {
    id: state.id,
    mediatorId: mediator.id,
    kind: 'attendance',
    serviceId: null,
    payload: state,
  });
  const store = createSessionStore();
  store.unlock(mediator.id, dataKey, Date.now());
  const catalog = await readCatalogSnapshot(db);
  const view = mount(
    <SessionProvider store={store} db={db} spot={TEST_SPOT}>
      <AttendancePage catalog={catalog} id={state.id} />
    </SessionProvider>,
  );
  unmount = view.unmount;
  return { page: view.container, dataKey, state };
}

const stepOf = (page: HTMLElement) => byTestId(page, 'attendance').getAttribute('data-step');

describe('the attendance screen', () => {
  it('opens a draft whose form version has left the catalog, from the copy it carries', async () => {
    // The device's catalog holds no form at all: the draft alone knows the form.
    const { page } = await openDraft({ service, form, step: { id: 'form', index: 0 } });
    await waitFor(() => byTestId(page, 'form-step'));
    expect(await db.forms.count()).toBe(0);
    expect(visibleText(byTestId(page, 'form-step-title'))).toBe(form.definition.steps[0]?.title.pt);
    expect(byTestId(page, 'step-progress').textContent).toMatch(/^Passo \d+ de \d+$/);
  });

  it('holds app updates while it is open, and saves every change to the encrypted draft', async () => {
    const { page, dataKey } = await openDraft({ service, form, step: { id: 'form', index: 0 } });
    await waitFor(() => byTestId(page, 'form-step'));
    expect(updateHolds()).toContain('attendance');
    typeInto(byTestId(page, 'field-full-name') as HTMLInputElement, 'Joaquim Teixeira');
    await waitFor(() => expect(byTestId(page, 'draft-status').dataset.state).toBe('saved'));
    const saved = await loadDraft<AttendanceState>(db, dataKey, 'att-1');
    expect(saved?.payload.answers['full-name']).toBe('Joaquim Teixeira');
    unmount();
    unmount = () => {};
    expect(updateHolds()).not.toContain('attendance');
  });

  it('will not leave a step with a problem: says what and where, and stays', async () => {
    const { page } = await openDraft({ service, form, step: { id: 'identity' } });
    await waitFor(() => byTestId(page, 'step-next'));
    click(byTestId(page, 'step-next'));
    const summary = await waitFor(() => byTestId(page, 'step-errors'));
    expect(visibleText(summary)).toContain('documento de identificação');
    expect(stepOf(page)).toBe('identity');
  });

  it('tells the mediator when the device is full at completion, and keeps the draft', async () => {
    const { page, dataKey } = await openDraft({
      service,
      form,
      step: { id: 'review' },
      answers: {
        'full-name': 'Maria',
        nif: '123456789',
        'birth-date': '1954-06-01',
        'licence-number': 'L-1',
        'medical-certificate': true,
        address: 'Rua 1',
        'postal-code': '5370-288',
        locality: 'Mirandela',
      },
      identity: { document: 'citizen-card', last4: '4ZX9' },
      payment: { method: 'cash' },
      consent: true,
    });
    await waitFor(() => byTestId(page, 'complete'));
    vi.spyOn(db.outbox, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    click(byTestId(page, 'complete'));
    const problems = await waitFor(() => byTestId(page, 'completion-errors'));
    expect(visibleText(problems)).toContain('Não há espaço neste dispositivo');
    expect(await db.outbox.count()).toBe(0);
    expect(await loadDraft(db, dataKey, 'att-1')).toMatchObject({ id: 'att-1' });
    expect(stepOf(page)).toBe('review');
  });
});
