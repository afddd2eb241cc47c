import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary.tsx';
import { BalcaoDb } from '../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../src/db/device/deviceIdentity.ts';
import { clearWipeMarker } from '../../../src/db/device/wipeDevice.ts';
import type { CatalogRefresher } from '../../../src/features/catalog/catalogRefresher.ts';
import type { SearchPort } from '../../../src/features/catalog/searchFeed.ts';
import { setLocale } from '../../../src/i18n/locale.ts';
import { fakeHub } from '../db/device/fakeHub.ts';
import {
  arte,
  cartaRevalidacao,
  certidaoComercial,
  cmdAtivacao,
  driving,
  fixtureMeta,
  imt,
} from '../features/catalog/catalogFixture.ts';
import { byTestId, click, mount, visibleText, waitFor } from '../features/renderKit.tsx';
import { enrolledDevice, fakeRefresher, startApp } from './appKit.tsx';

/** An IndexedDB that refuses to open, as in a private window or with site data blocked. */
const refusingIndexedDb = {
  open() {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
  deleteDatabase() {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
  cmp: () => 0,
  databases: async () => [],
} as unknown as IDBFactory;

const search: SearchPort = {
  load: vi.fn(async () => {}),
  search: async (query) => (query.includes('carta') ? [{ id: 'carta-revalidacao', score: 1 }] : []),
};

let db: BalcaoDb;
let unmount = () => {};
let count = 0;

beforeEach(async () => {
  history.replaceState(null, '', '/');
  db = new BalcaoDb(`app-test-${++count}`);
  // The catalog opens on an enrolled device (the enrollment screen has tests of its own).
  await enrolledDevice(db);
});
afterEach(async () => {
  unmount();
  db.close();
  setLocale('pt');
  await clearWipeMarker();
});

async function seedCatalog(version = 3) {
  await db.entities.bulkPut([imt, arte]);
  await db.lifeEvents.bulkPut([driving]);
  await db.services.bulkPut([cartaRevalidacao, cmdAtivacao]);
  await db.meta.put(fixtureMeta({ version, checkedAt: Date.now() - 2 * 60_000, updatedAt: Date.now() - 2 * 60_000 }));
}

function start(appDb: BalcaoDb, refresher: CatalogRefresher = fakeRefresher().refresher) {
  const view = startApp(appDb, { refresher, search });
  unmount = view.unmount;
  return view.container;
}

describe('the app', () => {
  it('explains, in both languages, that storage is blocked when the database cannot open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const blocked = new BalcaoDb('blocked', { indexedDB: refusingIndexedDb, IDBKeyRange });
    const container = start(blocked);
    const screen = await waitFor(() => byTestId(container, 'storage-blocked'));
    const text = visibleText(screen);
    expect(text).toContain('O armazenamento do dispositivo está bloqueado ou cheio');
    expect(text).toContain('This device’s storage is blocked or full');
    expect(text).toContain('Não use uma janela privada ou anónima');
    expect(text).toContain('Liberte espaço no disco');
    expect(screen.getAttribute('role')).toBe('alert');
    expect(visibleText(screen.querySelector('button'))).toBe('Tentar de novo Try again');
  });

  it('opens on the saved catalog with its status, and marks the catalog ready once', async () => {
    await seedCatalog();
    const markSpy = vi.spyOn(performance, 'mark');
    const screen = start(db);
    const list = await waitFor(() => byTestId(screen, 'service-list'));
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(visibleText(byTestId(screen, 'catalog-status'))).toContain('Catálogo versão 3 atualizado há 2 minutos');
    expect(document.documentElement.dataset.ready).toBe('catalog');
    expect(markSpy.mock.calls.filter(([name]) => name === 'balcao:catalog-interactive')).toHaveLength(1);
    expect(search.load).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ id: 'carta-revalidacao' })]),
      expect.any(Array),
    );
    expect(visibleText(byTestId(screen, 'app-build'))).toBe('dev');
    expect(screen.querySelector('footer a[href="/acessibilidade"]')).not.toBeNull();
  });

  it('shows a catalog change as soon as it is in the database, without a reload', async () => {
    await seedCatalog();
    const screen = start(db);
    await waitFor(() => byTestId(screen, 'service-list'));
    await db.transaction('rw', db.services, db.meta, async () => {
      await db.services.put(certidaoComercial);
      await db.meta.put(fixtureMeta({ version: 4, checkedAt: Date.now(), updatedAt: Date.now() }));
    });
    await waitFor(() => expect(byTestId(screen, 'service-list').querySelectorAll('li')).toHaveLength(3));
    expect(visibleText(byTestId(screen, 'catalog-version'))).toBe('4');
  });

  it('with no catalog and no hub, says the catalog was never downloaded and to connect once', async () => {
    const fake = fakeRefresher({ running: true });
    const screen = start(db, fake.refresher);
    await waitFor(() => byTestId(screen, 'catalog-downloading'));
    fake.set({ running: false, failure: 'offline', attemptedAt: Date.now() });
    const never = await waitFor(() => byTestId(screen, 'catalog-never-downloaded'));
    expect(visibleText(never.querySelector('h1'))).toBe('O catálogo ainda não foi descarregado');
    expect(visibleText(never)).toContain('Ligue-o uma vez à rede do hub');
    expect(visibleText(never)).toContain('Neste momento não há ligação ao hub.');
    expect(document.documentElement.dataset.ready).toBe('catalog');
    click(byTestId(never, 'catalog-first-download'));
    expect(fake.refresher.refreshNow).toHaveBeenCalled();
  });

  it('goes to a service page by its link, in place, with the focus on the new page’s heading', async () => {
    await seedCatalog();
    const screen = start(db);
    const list = await waitFor(() => byTestId(screen, 'service-list'));
    click(list.querySelector('a[href="/servico/carta-revalidacao"]') as HTMLAnchorElement);
    const heading = await waitFor(() => {
      const h1 = byTestId(screen, 'service-page').querySelector('h1');
      if (!h1) throw new Error('no heading yet');
      return h1;
    });
    expect(location.pathname).toBe('/servico/carta-revalidacao');
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Revalidação da carta de condução · Balcão');
  });

  it('shows a kind page for an address it does not know', async () => {
    await seedCatalog();
    history.replaceState(null, '', '/nada-aqui');
    const screen = start(db);
    const page = await waitFor(() => byTestId(screen, 'not-found'));
    expect(visibleText(page.querySelector('h1'))).toBe('Página não encontrada');
  });

  it('switches to English with the PT | EN buttons, and says so to <html lang>', async () => {
    await seedCatalog();
    const screen = start(db);
    await waitFor(() => byTestId(screen, 'service-list'));
    const en = byTestId(screen, 'locale-en');
    expect(en.getAttribute('aria-pressed')).toBe('false');
    click(en);
    await waitFor(() => expect(visibleText(byTestId(screen, 'catalog-refresh'))).toBe('Update catalog'));
    expect(byTestId(screen, 'locale-en').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(visibleText(screen.querySelector('label'))).toBe('Find a service');
  });
});

describe('the enrolled device', () => {
  it('shows its spot’s name and kind in the header, and the session as locked', async () => {
    await seedCatalog();
    const screen = start(db);
    const spot = await waitFor(() => byTestId(screen, 'spot-name'));
    expect(visibleText(spot)).toBe('Espaço: Espaço Cidadão Móvel de Mirandela · Espaço Cidadão Móvel');
    expect(visibleText(byTestId(screen, 'session-locked'))).toBe('Bloqueado');
    expect(visibleText(byTestId(screen, 'session-unlock-open'))).toBe('Entrar');
  });

  it('lists and indexes only the services its spot offers', async () => {
    await seedCatalog();
    await db.services.put({ ...certidaoComercial, spotKinds: ['fixed'] });
    await db.device.update('device', (device) => {
      device.spot = { ...device.spot, serviceIds: ['carta-revalidacao', 'certidao-comercial'] };
    });
    const screen = start(db);
    const list = await waitFor(() => byTestId(screen, 'service-list'));
    // cmd: not in the spot's list; the certificate: only at fixed spots.
    expect([...list.querySelectorAll('li')].map((li) => li.dataset.serviceId)).toEqual(['carta-revalidacao']);
    await waitFor(() => expect(search.load).toHaveBeenLastCalledWith([cartaRevalidacao], expect.any(Array)));
    // A link to a service the spot does not offer is "not in this device's catalog".
    history.replaceState(null, '', '/servico/cmd-pedido-ativacao');
    unmount();
    const again = start(db);
    const page = await waitFor(() => byTestId(again, 'not-found'));
    expect(visibleText(page)).toContain('Este serviço não está no catálogo deste dispositivo.');
  });

  it('checks itself with the hub after a catalog refresh; revoked, it wipes itself and says why', async () => {
    await seedCatalog();
    const hub = fakeHub();
    hub.override.set('/api/device', () =>
      Response.json(
        { error: { code: 'auth-revoked' } },
        { status: 401, headers: { 'content-type': 'application/json' } },
      ),
    );
    const fake = fakeRefresher();
    const view = startApp(db, { refresher: fake.refresher, search, fetch: hub.fetch });
    unmount = view.unmount;
    await waitFor(() => byTestId(view.container, 'service-list'));
    // Offline: nothing is asked.
    fake.set({ failure: 'offline', attemptedAt: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(hub.calls.filter((call) => call.path === '/api/device')).toHaveLength(0);

    fake.set({ failure: null, attemptedAt: Date.now() + 1 });
    const revoked = await waitFor(() => byTestId(view.container, 'device-revoked'));
    expect(visibleText(revoked)).toBe(
      'Este dispositivo foi revogado pela coordenação; os dados foram apagados. Registe-o de novo com um código novo.',
    );
    expect(document.activeElement).toBe(view.container.querySelector('h1'));
    expect(visibleText(view.container.querySelector('h1'))).toBe('Registar este dispositivo');
    expect(view.container.querySelector('[data-testid="session-locked"]')).toBeNull();
    expect(await deviceIdentity(db)).toBeUndefined();
    expect(await db.services.count()).toBe(0);
  });

  it('takes a block after opening (its own wipe waiting for a read) for no storage problem', async () => {
    await seedCatalog();
    const screen = start(db);
    await waitFor(() => byTestId(screen, 'service-list'));
    db.on('blocked').fire(new Event('blocked'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.querySelector('[data-testid="storage-blocked"]')).toBeNull();
    expect(byTestId(screen, 'service-list')).not.toBeNull();
  });

  it('keeps the spot’s newer profile from the hub, quietly', async () => {
    await seedCatalog();
    const hub = fakeHub({ ABCD1234: 'valid' });
    const fake = fakeRefresher();
    // The hub knows the device as dev-1, with its own spot (Mirandela, two services, none in this catalog).
    const { enrollDevice } = await import('../../../src/db/device/enrollDevice.ts');
    await db.device.clear();
    await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch });
    await db.device.update('device', (device) => {
      device.spot = { ...device.spot, name: 'Nome antigo', serviceIds: null };
    });
    const view = startApp(db, { refresher: fake.refresher, search, fetch: hub.fetch });
    unmount = view.unmount;
    await waitFor(() => expect(visibleText(byTestId(view.container, 'spot-name'))).toContain('Nome antigo'));
    fake.set({ attemptedAt: Date.now() });
    await waitFor(() =>
      expect(visibleText(byTestId(view.container, 'spot-name'))).toContain('Espaço Cidadão Móvel de Mirandela'),
    );
    expect(view.container.querySelector('[data-testid="catalog-never-downloaded"]')).toBeNull();
  });
});

describe('a page that crashes', () => {
  it('shows what happened in both languages and a reload button, not a blank screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('boom');
    };
    const view = mount(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    unmount = view.unmount;
    const problem = byTestId(view.container, 'app-error');
    expect(visibleText(problem)).toContain('Algo correu mal nesta página');
    expect(visibleText(problem)).toContain('Something went wrong on this page');
    expect(visibleText(problem.querySelector('button'))).toBe('Recarregar o Balcão Reload Balcão');
  });
});
