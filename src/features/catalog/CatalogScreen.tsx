import { useEffect, useId, useState } from 'preact/hooks';
import { PageHeading } from '../../app/PageHeading.tsx';
import { replaceSearch } from '../../app/router.ts';
import type { Service } from '../../core/catalog/catalogSchema.ts';
import { t, tPlural } from '../../i18n/t.ts';
import { BrowseLists } from './BrowseLists.tsx';
import type { CatalogSnapshot } from './catalogSnapshot.ts';
import { markCatalogReady } from './markCatalogReady.ts';
import { ServiceList } from './ServiceList.tsx';
import type { SearchFeed } from './searchFeed.ts';
import { sortByName } from './sortByName.ts';
import { useServiceSearch } from './useServiceSearch.ts';

/** `/`: the search field, and without a query the catalog to browse by entity and by life event. */
export function CatalogScreen({ catalog, feed }: { catalog: CatalogSnapshot; feed: SearchFeed }) {
  // The words live in the address (?q=), so coming back from a service page finds the same results.
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const search = useServiceSearch(feed, query, catalog.meta.version);
  const hintId = useId();

  useEffect(() => markCatalogReady(), []);

  const onInput = (value: string) => {
    setQuery(value);
    replaceSearch(value.trim() === '' ? '' : `?${new URLSearchParams({ q: value })}`);
  };

  const found: Service[] =
    search.status === 'done'
      ? search.ids.flatMap((id) => {
          const service = catalog.serviceById.get(id);
          return service ? [service] : [];
        })
      : [];
  const announcement = search.status === 'done' ? tPlural('search.found', found.length) : '';

  return (
    <section class="page catalog-screen">
      <PageHeading title={t('catalog.title')} />
      <search class="search">
        <label for="service-search" class="search-label">
          {t('search.label')}
        </label>
        <p id={hintId} class="hint">
          {t('search.hint')}
        </p>
        <input
          id="service-search"
          type="search"
          class="search-input"
          data-testid="search-input"
          aria-describedby={hintId}
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      </search>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="search-announcement">
        {announcement}
      </p>
      {search.status === 'idle' ? (
        <BrowseLists catalog={catalog} allServices={sortByName(catalog.services)} />
      ) : (
        <SearchResults search={search} found={found} catalog={catalog} onClear={() => onInput('')} />
      )}
    </section>
  );
}

function SearchResults({
  search,
  found,
  catalog,
  onClear,
}: {
  search: Exclude<ReturnType<typeof useServiceSearch>, { status: 'idle' }>;
  found: Service[];
  catalog: CatalogSnapshot;
  onClear: () => void;
}) {
  if (search.status === 'searching') return <p class="notice">{t('search.searching')}</p>;
  if (search.status === 'failed')
    return (
      <div class="notice warning" data-testid="search-failed">
        <p>{t('search.failed')}</p>
        <button type="button" class="button" onClick={onClear}>
          {t('search.clear')}
        </button>
      </div>
    );
  if (found.length === 0)
    return (
      <div class="notice" data-testid="search-empty">
        <p class="notice-title">{t('search.none', { query: search.query })}</p>
        <p>{t('search.noneSpelling')}</p>
        <p>{t('search.noneBrowse')}</p>
        <button type="button" class="button" onClick={onClear}>
          {t('search.clear')}
        </button>
      </div>
    );
  return (
    <>
      <p class="result-count" aria-hidden="true">
        {tPlural('search.found', found.length)}
      </p>
      <ServiceList
        services={found}
        entityById={catalog.entityById}
        label={t('search.results')}
        data-testid="search-results"
      />
    </>
  );
}
