import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogScreen } from '../../../../src/features/catalog/CatalogScreen.tsx';
import type { SearchFeed } from '../../../../src/features/catalog/searchFeed.ts';
import { byTestId, click, mount, typeInto, visibleText, waitFor } from '../renderKit.tsx';
import { fixtureSnapshot } from './catalogFixture.ts';

interface PendingSearch {
  query: string;
  signal: AbortSignal;
  answer: (ids: string[]) => void;
}

/** A search index whose answers the test releases one by one, to see what typing fast does. */
function fakeFeed() {
  const calls: PendingSearch[] = [];
  const feed: SearchFeed = {
    load: () => {},
    search: (query, { signal }) =>
      new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('superseded', 'AbortError')));
        calls.push({ query, signal, answer: (ids) => resolve(ids.map((id) => ({ id, score: 1 }))) });
      }),
  };
  return { feed, calls };
}

let unmount = () => {};
beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => unmount());

function openCatalog(feed: SearchFeed) {
  const view = mount(<CatalogScreen catalog={fixtureSnapshot()} feed={feed} />);
  unmount = view.unmount;
  return view.container;
}

const answer = async (call: PendingSearch | undefined, ids: string[]) => {
  await act(async () => call?.answer(ids));
};

describe('the catalog screen', () => {
  it('has a labelled search field', () => {
    const screen = openCatalog(fakeFeed().feed);
    const input = byTestId(screen, 'search-input') as HTMLInputElement;
    expect(input.type).toBe('search');
    expect(visibleText(screen.querySelector(`label[for="${input.id}"]`))).toBe('Procurar serviço');
  });

  it('searches as the mediator types, each keystroke aborting the search before it', async () => {
    const { feed, calls } = fakeFeed();
    const screen = openCatalog(feed);
    const input = byTestId(screen, 'search-input') as HTMLInputElement;
    for (const typed of ['c', 'ca', 'carta']) typeInto(input, typed);
    await waitFor(() => expect(calls.map((c) => c.query)).toEqual(['c', 'ca', 'carta']));
    expect(calls.map((c) => c.signal.aborted)).toEqual([true, true, false]);

    await answer(calls[2], ['carta-revalidacao']);
    const results = await waitFor(() => byTestId(screen, 'search-results'));
    const items = results.querySelectorAll('li');
    expect(items).toHaveLength(1);
    const link = items[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/servico/carta-revalidacao');
    expect(visibleText(link?.querySelector('.service-name') ?? null)).toBe('Revalidação da carta de condução');
    expect(visibleText(link?.querySelector('.entity-acronym') ?? null)).toBe('IMT');
    expect(visibleText(byTestId(results, 'service-fee'))).toBe('Preço no Espaço Cidadão: a partir de 15,00 €');
    expect(visibleText(byTestId(screen, 'search-announcement'))).toBe('1 serviço encontrado');
    // The words stay in the address, so "back" from the service page finds the same results.
    expect(location.search).toBe('?q=carta');
  });

  it('marks a result whose price is unconfirmed', async () => {
    const { feed, calls } = fakeFeed();
    const screen = openCatalog(feed);
    typeInto(byTestId(screen, 'search-input') as HTMLInputElement, 'certidão');
    await waitFor(() => expect(calls).toHaveLength(1));
    await answer(calls[0], ['certidao-comercial']);
    const result = await waitFor(() => byTestId(screen, 'search-results'));
    expect(visibleText(result)).toContain('25,00 € Por confirmar');
  });

  it('helps when nothing is found, and clearing goes back to browsing', async () => {
    const { feed, calls } = fakeFeed();
    const screen = openCatalog(feed);
    typeInto(byTestId(screen, 'search-input') as HTMLInputElement, 'passaporte');
    await waitFor(() => expect(calls).toHaveLength(1));
    await answer(calls[0], []);
    const empty = await waitFor(() => byTestId(screen, 'search-empty'));
    expect(visibleText(empty)).toContain('Nenhum serviço encontrado para «passaporte».');
    expect(visibleText(empty)).toContain('Verifique a ortografia');
    expect(visibleText(byTestId(screen, 'search-announcement'))).toBe('0 serviços encontrados');

    click(empty.querySelector('button') as HTMLButtonElement);
    expect(screen.querySelector('[data-testid="browse-entities"]')).not.toBeNull();
    expect((byTestId(screen, 'search-input') as HTMLInputElement).value).toBe('');
  });

  it('without a query, offers the catalog by entity and by life event, with service counts', () => {
    const screen = openCatalog(fakeFeed().feed);
    const entities = [...byTestId(screen, 'browse-entities').querySelectorAll('a')];
    expect(entities.map((a) => [a.getAttribute('href'), visibleText(a)])).toEqual([
      ['/entidade/arte', 'ARTE Agência para a Reforma Tecnológica do Estado 1 serviço'],
      ['/entidade/imt', 'IMT Instituto da Mobilidade e dos Transportes 2 serviços'],
    ]);
    const events = [...byTestId(screen, 'browse-life-events').querySelectorAll('a')];
    expect(events.map((a) => [a.getAttribute('href'), visibleText(a)])).toEqual([
      ['/evento/conducao-veiculos', 'Conduzir e veículos 1 serviço'],
    ]);
    const all = [...byTestId(screen, 'service-list').querySelectorAll('.service-name')].map(visibleText);
    expect(all).toEqual([
      'Certidão permanente do registo comercial',
      'Pedido e ativação da Chave Móvel Digital',
      'Revalidação da carta de condução',
    ]);
  });
});
