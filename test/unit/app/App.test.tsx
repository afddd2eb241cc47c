import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary.tsx';
import { BalcaoDb } from '../../../src/db/balcaoDb.ts';
import type { CatalogRefresher, RefreshStatus } from '../../../src/features/catalog/catalogRefresher.ts';
import type { SearchPort } from '../../../src/features/catalog/searchFeed.ts';
import { setLocale } from '../../../src/i18n/locale.ts';
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

/** A refresher the test drives: its status is whatever the test says. */
function fakeRefresher(initial: Partial<RefreshStatus> = {}) {
  let status: RefreshStatus = { running: false, failure: null, attemptedAt: null, last: null, ...initial };
  const listeners = new Set<(status: RefreshStatus) => void>();
  const refresher: CatalogRefresher = {
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refreshNow: vi.fn(async () => status),
    stop: vi.fn(),
  };
  return {
    refresher,
    set(next: Partial<RefreshStatus>) {
      status = { ...status, ...next };
      act(() => {
        for (const listener of listeners) listener(status);
      });
    },
  };
}

const search: SearchPort = {
  load: vi.fn(async () => {}),
  search: async (query) => (query.includes('carta') ? [{ id: 'carta-revalidacao', score: 1 }] : []),
};

let db: BalcaoDb;
let unmount = () => {};
let count = 0;

beforeEach(() => {
  history.replaceState(null, '', '/');
  db = new BalcaoDb(`app-test-${++count}`);
});
afterEach(() => {
  unmount();
  db.close();
  setLocale('pt');
});

async function seedCatalog(version = 3) {
  await db.entities.bulkPut([imt, arte]);
  await db.lifeEvents.bulkPut([driving]);
  await db.services.bulkPut([cartaRevalidacao, cmdAtivacao]);
  await db.meta.put(fixtureMeta({ version, checkedAt: Date.now() - 2 * 60_000, updatedAt: Date.now() - 2 * 60_000 }));
}

function start(appDb: BalcaoDb, refresher = fakeRefresher().refresher) {
  const view = mount(<App db={appDb} search={search} startRefresher={() => refresher} />);
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
