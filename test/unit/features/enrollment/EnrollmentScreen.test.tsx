import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { clearWipeMarker, wipeDevice, wipeMarker } from '../../../../src/db/device/wipeDevice.ts';
import { sessionMessages } from '../../../../src/features/session/sessionMessages.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { enrolledDevice, startApp } from '../../app/appKit.tsx';
import { fakeHub, SPOT } from '../../db/device/fakeHub.ts';
import { arte, cartaRevalidacao, certidaoComercial, cmdAtivacao, fixtureMeta, imt } from '../catalog/catalogFixture.ts';
import { byTestId, click, typeInto, visibleText, waitFor } from '../renderKit.tsx';

let db: BalcaoDb;
let unmount = () => {};
beforeEach(() => {
  history.replaceState(null, '', '/');
  db = freshDb();
});
afterEach(async () => {
  unmount();
  vi.restoreAllMocks();
  await db.delete();
  await clearWipeMarker();
});

function open(hub = fakeHub({ GOOD0001: 'valid', OLD00001: 'expired', USED0001: 'used' })) {
  const view = startApp(db, { fetch: hub.fetch });
  unmount = view.unmount;
  return { screen: view.container, hub };
}

async function submit(screen: HTMLElement, code: string, label = '') {
  const form = await waitFor(() => byTestId(screen, 'enroll-code') as HTMLInputElement);
  typeInto(form, code);
  typeInto(byTestId(screen, 'enroll-label') as HTMLInputElement, label);
  click(byTestId(screen, 'enroll-submit'));
}

const pt = sessionMessages.pt;

describe('the enrollment screen', () => {
  it('asks a device that is not enrolled for the code, and says where the code comes from', async () => {
    const { screen } = open();
    const code = await waitFor(() => byTestId(screen, 'enroll-code') as HTMLInputElement);
    expect(visibleText(screen.querySelector('h1'))).toBe('Registar este dispositivo');
    expect(document.title).toBe('Registar este dispositivo · Balcão');
    expect(visibleText(byTestId(screen, 'enroll-screen'))).toContain('vale 24 horas');
    expect(visibleText(screen.querySelector('pre'))).toBe('npm run hub -- enroll-code --spot ID');
    expect(visibleText(screen.querySelector(`label[for="${code.id}"]`))).toBe('Código de registo');
    expect(code.getAttribute('autocomplete')).toBe('off');
    expect(code.getAttribute('autocapitalize')).toBe('characters');
    const label = byTestId(screen, 'enroll-label') as HTMLInputElement;
    expect(visibleText(screen.querySelector(`label[for="${label.id}"]`))).toBe('Nome deste dispositivo (opcional)');
    expect(label.maxLength).toBe(80);
    expect(visibleText(byTestId(screen, 'enroll-submit'))).toBe('Registar');
    // No catalog, no session: nothing of the enrolled app shows.
    expect(screen.querySelector('[data-testid="session-unlock-open"]')).toBeNull();
    expect(screen.querySelector('[data-testid="catalog-status"]')).toBeNull();
    expect(screen.querySelector('[data-testid="device-revoked"]')).toBeNull();
  });

  it.each([
    ['a code the hub never issued', 'ZZZZ-9999', 'enroll-code-unknown'],
    ['an expired code', 'old0-0001', 'enroll-code-expired'],
    ['a code already used', 'USED 0001', 'enroll-code-used'],
    ['no code at all', '  ', 'enroll-code-missing'],
  ] as const)('refuses %s with its own message, beside the field and in a summary', async (_, code, expected) => {
    const { screen } = open();
    await submit(screen, code);
    const summary = await waitFor(() => byTestId(screen, 'enroll-error'));
    expect(summary.dataset.code).toBe(expected);
    expect(summary.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(summary);
    const message = pt[`enroll.error.${expected}`];
    expect(visibleText(summary.querySelector('h2'))).toBe('Não foi possível registar o dispositivo');
    expect(visibleText(summary.querySelector('li'))).toBe(message);
    // Its link takes the mediator to the field.
    click(summary.querySelector('a[href="#enroll-code"]') as HTMLAnchorElement);
    expect(document.activeElement).toBe(byTestId(screen, 'enroll-code'));
    const field = byTestId(screen, 'enroll-code');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const beside = document.getElementById('enroll-code-error');
    expect(field.getAttribute('aria-describedby')).toContain('enroll-code-error');
    expect(visibleText(beside)).toBe(`Erro: ${message}`);
    expect(byTestId(screen, 'enroll-submit').hasAttribute('disabled')).toBe(false);
    expect(await deviceIdentity(db)).toBeUndefined();
  });

  it('says the hub cannot be reached, in the summary only, and keeps what was typed', async () => {
    const { screen, hub } = open();
    hub.network = false;
    await submit(screen, 'GOOD-0001', 'Carrinha 2');
    const summary = await waitFor(() => byTestId(screen, 'enroll-error'));
    expect(summary.dataset.code).toBe('offline');
    expect(visibleText(summary)).toContain(pt['enroll.error.offline']);
    expect(document.getElementById('enroll-code-error')).toBeNull();
    expect((byTestId(screen, 'enroll-code') as HTMLInputElement).value).toBe('GOOD-0001');
    // The next try counts again: the summary takes the focus once more.
    (byTestId(screen, 'enroll-code') as HTMLInputElement).focus();
    click(byTestId(screen, 'enroll-submit'));
    await waitFor(() => expect(document.activeElement).toBe(byTestId(screen, 'enroll-error')));
  });

  it('says before a try that enrollment needs the network, when the device has none', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { screen } = open();
    const notice = await waitFor(() => byTestId(screen, 'enroll-offline'));
    expect(visibleText(notice)).toContain('O registo precisa de ligação ao hub');
  });

  it('shows that it is working, then lands on the catalog of the spot, with the spot in the header', async () => {
    await db.entities.bulkPut([imt, arte]);
    // The hub's spot is mobile and offers two services: one of them is in this catalog.
    const renewal = { ...cartaRevalidacao, id: SPOT.serviceIds[0] };
    const fixedOnly = { ...certidaoComercial, id: SPOT.serviceIds[1], spotKinds: ['fixed' as const] };
    await db.services.bulkPut([renewal, fixedOnly, cmdAtivacao]);
    await db.meta.put(fixtureMeta({ version: 3, checkedAt: Date.now(), updatedAt: Date.now() }));
    const { screen, hub } = open();
    await submit(screen, 'good-0001', '  Carrinha 2  ');
    const button = byTestId(screen, 'enroll-submit');
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(visibleText(screen.querySelector('form [role="status"]'))).toBe('A registar o dispositivo no hub…');

    const list = await waitFor(() => byTestId(screen, 'service-list'));
    expect([...list.querySelectorAll('li')].map((li) => li.dataset.serviceId)).toEqual([renewal.id]);
    expect(visibleText(byTestId(screen, 'spot-name'))).toContain('Espaço Cidadão Móvel de Mirandela');
    expect(visibleText(byTestId(screen, 'spot-name'))).toContain('Espaço Cidadão Móvel');
    expect(visibleText(byTestId(screen, 'enrolled-notice'))).toBe(
      'Dispositivo registado em «Espaço Cidadão Móvel de Mirandela». Para atender com dados pessoais, entre como mediador.',
    );
    expect(document.activeElement).toBe(screen.querySelector('h1'));
    expect(visibleText(byTestId(screen, 'session-locked'))).toBe('Bloqueado');
    expect(hub.devices.get('dev-1')?.label).toBe('Carrinha 2');
    expect((await deviceIdentity(db))?.spot).toEqual(SPOT);
  });

  it('says first that the device was revoked, and forgets it after a new enrollment', async () => {
    await enrolledDevice(db);
    await wipeDevice({ db });
    const { screen } = open();
    const revoked = await waitFor(() => byTestId(screen, 'device-revoked'));
    expect(visibleText(revoked)).toBe(
      'Este dispositivo foi revogado pela coordenação; os dados foram apagados. Registe-o de novo com um código novo.',
    );
    expect(visibleText(revoked.parentElement)).toContain('Este dispositivo tem de ser registado de novo');
    // Before the form: what happened, then what to do.
    expect(
      revoked.compareDocumentPosition(byTestId(screen, 'enroll-code')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await submit(screen, 'GOOD0001');
    await waitFor(() => byTestId(screen, 'spot-name'));
    expect(await wipeMarker()).toBeUndefined();
  });

  it('speaks English when asked', async () => {
    const { screen } = open();
    await waitFor(() => byTestId(screen, 'enroll-code'));
    click(byTestId(screen, 'locale-en'));
    await waitFor(() => expect(visibleText(screen.querySelector('h1'))).toBe('Enrol this device'));
    expect(visibleText(byTestId(screen, 'enroll-submit'))).toBe('Enrol');
    await submit(screen, 'USED0001');
    const summary = await waitFor(() => byTestId(screen, 'enroll-error'));
    expect(visibleText(summary)).toContain(sessionMessages.en['enroll.error.enroll-code-used']);
    click(byTestId(screen, 'locale-pt'));
  });
});
