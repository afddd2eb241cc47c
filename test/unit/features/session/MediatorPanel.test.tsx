import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { listMediators } from '../../../../src/db/secure/listMediators.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { enrolledDevice, startApp } from '../../app/appKit.tsx';
import { cartaRevalidacao, driving, fixtureMeta, imt } from '../catalog/catalogFixture.ts';
import { byTestId, click, typeInto, visibleText, waitFor } from '../renderKit.tsx';

let db: BalcaoDb;
let unmount = () => {};
beforeEach(async () => {
  history.replaceState(null, '', '/');
  db = freshDb();
  await db.entities.put(imt);
  await db.lifeEvents.put(driving);
  await db.services.put(cartaRevalidacao);
  await db.meta.put(fixtureMeta({ version: 3, checkedAt: Date.now(), updatedAt: Date.now() }));
});
afterEach(async () => {
  unmount();
  vi.restoreAllMocks();
  await db.delete();
});

/** A mediator made fast (few PBKDF2 rounds); the app unlocks them with the iterations on their row. */
async function mediator(name: string, secret: string, kind: 'passphrase' | 'pin' = 'passphrase') {
  return (await createMediator(db, { name, secret, kind }, { allowPin: true, iterations: 1_000 })).mediator;
}

async function open(spot: Parameters<typeof enrolledDevice>[1] = {}, path = '/') {
  await enrolledDevice(db, spot);
  history.replaceState(null, '', path);
  const view = startApp(db);
  unmount = view.unmount;
  await waitFor(() => byTestId(view.container, 'session-unlock-open'));
  return view.container;
}

async function openPanel(screen: HTMLElement) {
  click(byTestId(screen, 'session-unlock-open'));
  return waitFor(() => byTestId(screen, 'mediator-panel'));
}

const input = (root: ParentNode, id: string) => byTestId(root, id) as HTMLInputElement;

async function unlockAs(screen: HTMLElement, name: string, secret: string) {
  const panel = await openPanel(screen);
  const choice = await waitFor(() => {
    const found = [...panel.querySelectorAll('[data-testid="mediator-choice"]')].find((b) => visibleText(b) === name);
    if (!found) throw new Error(`no choice ${name}`);
    return found;
  });
  click(choice);
  typeInto(input(panel, 'mediator-secret'), secret);
  click(byTestId(panel, 'mediator-unlock'));
}

describe('the mediator panel', () => {
  it('opens from the header’s "Entrar", with the focus on its heading, and returns where it was', async () => {
    await mediator('Ana', 'frase muito secreta');
    const screen = await open({}, '/servico/carta-revalidacao');
    await waitFor(() => byTestId(screen, 'service-page'));
    const panel = await openPanel(screen);
    expect(location.pathname).toBe('/mediador');
    expect(new URLSearchParams(location.search).get('voltar')).toBe('/servico/carta-revalidacao');
    const heading = await waitFor(() => {
      const h1 = panel.querySelector('h1');
      if (!h1 || document.activeElement !== h1) throw new Error('heading not focused yet');
      return h1;
    });
    expect(visibleText(heading)).toBe('Mediador');
    expect(visibleText(byTestId(panel, 'lock-reason'))).toBe('Escolha o seu nome e escreva a sua frase-passe ou PIN.');

    // One mediator: already chosen; choosing takes the focus to the secret.
    const choice = await waitFor(() => byTestId(panel, 'mediator-choice'));
    expect(choice.getAttribute('aria-pressed')).toBe('true');
    click(choice);
    const secret = input(panel, 'mediator-secret');
    expect(document.activeElement).toBe(secret);
    expect(secret.type).toBe('password');
    expect(visibleText(panel.querySelector(`label[for="${secret.id}"]`))).toBe('Frase-passe ou PIN');
    typeInto(secret, 'frase muito secreta');
    click(byTestId(panel, 'mediator-unlock'));

    await waitFor(() => expect(visibleText(byTestId(screen, 'session-mediator'))).toBe('Ana'));
    await waitFor(() => expect(location.pathname).toBe('/servico/carta-revalidacao'));
    await waitFor(() => byTestId(screen, 'service-page'));
    expect(visibleText(byTestId(screen, 'session-mediator').parentElement)).toBe('Mediador: Ana');
    expect(visibleText(byTestId(screen, 'session-lock'))).toBe('Bloquear');
  });

  it('creates the first mediator of the device, shows the work, and signs them in', async () => {
    const screen = await open({ lock: { allowPin: false } });
    const panel = await openPanel(screen);
    // No one yet: the form is open, and says nothing of PINs on a spot that does not allow them.
    await waitFor(() => expect(visibleText(panel)).toContain('Ainda não há mediadores neste dispositivo.'));
    expect(panel.querySelector('[data-testid="mediator-kind-pin"]')).toBeNull();
    click(byTestId(panel, 'mediator-new'));
    expect(document.activeElement).toBe(input(panel, 'mediator-name'));
    typeInto(input(panel, 'mediator-name'), 'Ana Sousa');
    typeInto(input(panel, 'mediator-new-secret'), 'pão com chouriço');
    typeInto(input(panel, 'mediator-new-confirm'), 'pão com chouriço');
    click(byTestId(panel, 'mediator-create'));

    expect(byTestId(panel, 'mediator-create').getAttribute('aria-busy')).toBe('true');
    const progress = panel.querySelector('[role="progressbar"]');
    expect(progress).not.toBeNull();
    expect(visibleText(document.getElementById(progress?.getAttribute('aria-labelledby') ?? ''))).toBe(
      'A proteger a chave…',
    );
    // 600,000 PBKDF2 rounds: a good part of a second.
    await waitFor(() => expect(visibleText(byTestId(screen, 'session-mediator'))).toBe('Ana Sousa'), 10_000);
    await waitFor(() => expect(location.pathname).toBe('/'));
    const [row] = await db.mediators.toArray();
    expect(row?.iterations).toBe(600_000);
  });

  it('says what is wrong with a new mediator, beside each field and in a summary', async () => {
    await mediator('Ana Sousa', 'frase muito secreta');
    const screen = await open({ lock: { allowPin: true } });
    const panel = await openPanel(screen);
    await waitFor(() => byTestId(panel, 'mediator-choice'));
    click(byTestId(panel, 'mediator-new'));
    typeInto(input(panel, 'mediator-name'), 'ana sousa');
    typeInto(input(panel, 'mediator-new-secret'), 'curta');
    typeInto(input(panel, 'mediator-new-confirm'), 'outra');
    click(byTestId(panel, 'mediator-create'));
    const summary = await waitFor(() => byTestId(panel, 'mediator-new-error'));
    expect(document.activeElement).toBe(summary);
    expect(summary.dataset.code).toBe('name-taken passphrase-too-short confirm-differs');
    expect([...summary.querySelectorAll('li')].map(visibleText)).toEqual([
      'Já existe um mediador com este nome neste dispositivo. Acrescente um apelido para os distinguir.',
      'A frase-passe tem de ter pelo menos 8 caracteres.',
      'A confirmação não é igual. Escreva o mesmo segredo nos dois campos.',
    ]);
    expect(visibleText(document.getElementById('mediator-name-error'))).toContain('Já existe um mediador');
    expect(visibleText(document.getElementById('mediator-new-secret-error'))).toContain('pelo menos 8');
    expect(visibleText(document.getElementById('mediator-new-confirm-error'))).toContain('não é igual');

    // The spot allows PINs: six digits, and only six.
    click(byTestId(panel, 'mediator-kind-pin'));
    expect(visibleText(panel.querySelector('label[for="mediator-new-secret"]'))).toBe('PIN de 6 algarismos');
    typeInto(input(panel, 'mediator-name'), 'Rui');
    typeInto(input(panel, 'mediator-new-secret'), '12345');
    typeInto(input(panel, 'mediator-new-confirm'), '12345');
    click(byTestId(panel, 'mediator-create'));
    await waitFor(() => expect(byTestId(panel, 'mediator-new-error').dataset.code).toBe('pin-not-six-digits'));
    expect(await listMediators(db)).toHaveLength(1);
    expect(screen.querySelector('[data-testid="session-mediator"]')).toBeNull();
  });

  it('says so when the device cannot keep the new mediator, and no one is signed in', async () => {
    const screen = await open();
    const panel = await openPanel(screen);
    await waitFor(() => byTestId(panel, 'mediator-name'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(db.mediators, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    typeInto(input(panel, 'mediator-name'), 'Ana');
    typeInto(input(panel, 'mediator-new-secret'), 'frase muito secreta');
    typeInto(input(panel, 'mediator-new-confirm'), 'frase muito secreta');
    click(byTestId(panel, 'mediator-create'));
    const summary = await waitFor(() => byTestId(panel, 'mediator-new-error'), 10_000);
    expect(summary.dataset.code).toBe('storage');
    expect(visibleText(summary)).toContain('Não foi possível guardar o mediador neste dispositivo');
    expect(byTestId(panel, 'mediator-create').hasAttribute('disabled')).toBe(false);
    expect(visibleText(byTestId(screen, 'session-locked'))).toBe('Bloqueado');
  });

  it('says a wrong secret is wrong, then warns before the drafts are destroyed, with the wait', async () => {
    const ana = await mediator('Ana', 'frase muito secreta');
    const screen = await open();
    await unlockAs(screen, 'Ana', 'frase errada');
    const message = await waitFor(() => byTestId(screen, 'unlock-message'));
    expect(message.getAttribute('role')).toBe('alert');
    expect(visibleText(message)).toBe('A frase-passe ou o PIN não está certo.');
    expect(document.activeElement).toBe(input(screen, 'mediator-secret'));
    expect(input(screen, 'mediator-secret').value).toBe('');
    expect(screen.querySelector('[data-testid="session-mediator"]')).toBeNull();

    // Seven wrong already: the eighth brings a wait of minutes and the warning.
    await db.mediators.update(ana.id, { failedAttempts: 7, nextAttemptAt: null });
    typeInto(input(screen, 'mediator-secret'), 'outra errada');
    click(byTestId(screen, 'mediator-unlock'));
    await waitFor(() => expect(visibleText(byTestId(screen, 'unlock-message'))).toContain('Atenção'));
    const lines = [...byTestId(screen, 'unlock-message').querySelectorAll('p')].map(visibleText);
    expect(lines[0]).toBe('A frase-passe ou o PIN não está certo.');
    expect(lines[1]).toContain('Tente de novo daqui a 3 min.');
    expect(lines[2]).toBe('Atenção: mais 2 tentativas erradas apagam os rascunhos deste mediador.');
  });

  it('counts down a wait still running when the mediator is chosen', async () => {
    const ana = await mediator('Ana', 'frase muito secreta');
    await mediator('Rui', 'outra frase secreta');
    await db.mediators.update(ana.id, { failedAttempts: 5, nextAttemptAt: Date.now() + 5_000 });
    const screen = await open();
    const panel = await openPanel(screen);
    const choice = await waitFor(() => byTestId(panel, 'mediator-choice'));
    expect(visibleText(choice)).toBe('Ana');
    click(choice);
    const wait = await waitFor(() => byTestId(panel, 'unlock-message').querySelector('[data-wait] [aria-hidden]'));
    expect(visibleText(wait)).toMatch(/^Tente de novo daqui a [45] s\.$/);
    await waitFor(() => expect(visibleText(wait)).toMatch(/^Tente de novo daqui a [34] s\.$/), 2_500);
    expect(visibleText(wait)).not.toBe(
      visibleText(byTestId(panel, 'unlock-message').querySelector('.visually-hidden')),
    );
  });

  it('says when the tenth wrong secret destroyed the mediator’s drafts', async () => {
    const ana = await mediator('Ana', 'frase muito secreta');
    await mediator('Rui', 'outra frase secreta');
    await db.mediators.update(ana.id, { failedAttempts: 9, nextAttemptAt: null });
    const screen = await open();
    await unlockAs(screen, 'Ana', 'errada outra vez');
    await waitFor(() =>
      expect(visibleText(byTestId(screen, 'unlock-message'))).toContain('Houve 10 tentativas erradas'),
    );
    await waitFor(() => expect(screen.querySelectorAll('[data-testid="mediator-choice"]')).toHaveLength(1));
    expect(visibleText(byTestId(screen, 'unlock-message'))).toContain('Os pedidos concluídos não se perderam');
  });
});

describe('the session', () => {
  it('locks at once on "Bloquear", keeping the focus on the header’s button', async () => {
    await mediator('Ana', 'frase muito secreta');
    const screen = await open();
    await unlockAs(screen, 'Ana', 'frase muito secreta');
    const lock = await waitFor(() => byTestId(screen, 'session-lock'));
    lock.focus();
    click(lock);
    expect(visibleText(byTestId(screen, 'session-locked'))).toBe('Bloqueado');
    expect(screen.querySelector('[data-testid="session-mediator"]')).toBeNull();
    expect(document.activeElement).toBe(byTestId(screen, 'session-unlock-open'));
  });

  it('locks by itself after the spot’s idle time, and says why', async () => {
    await mediator('Ana', 'frase muito secreta');
    const screen = await open({ lock: { idleLockSeconds: 1 } });
    await unlockAs(screen, 'Ana', 'frase muito secreta');
    await waitFor(() => byTestId(screen, 'session-mediator'));
    const locked = await waitFor(() => byTestId(screen, 'session-locked'), 3_000);
    expect(visibleText(locked)).toBe('Bloqueado por inatividade');
    expect(locked.closest('[role="status"]')).not.toBeNull();
    const panel = await openPanel(screen);
    await waitFor(() =>
      expect(visibleText(byTestId(panel, 'lock-reason'))).toBe(
        'O Balcão foi bloqueado por estar parado. Escreva a sua frase-passe ou PIN para continuar.',
      ),
    );
  });

  it('switches mediator: the other one signs in, the first is locked out', async () => {
    await mediator('Ana', 'frase muito secreta');
    await mediator('Rui', '246810', 'pin');
    const screen = await open();
    await unlockAs(screen, 'Ana', 'frase muito secreta');
    await waitFor(() => expect(visibleText(byTestId(screen, 'session-mediator'))).toBe('Ana'));
    click(byTestId(screen, 'session-lock'));
    await unlockAs(screen, 'Rui', '246810');
    await waitFor(() => expect(visibleText(byTestId(screen, 'session-mediator'))).toBe('Rui'));
  });
});
