import { Link } from '../../app/Link.tsx';
import { paths } from '../../app/routes.ts';
import type { Service } from '../../core/catalog/catalogSchema.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t, tPlural } from '../../i18n/t.ts';
import type { CatalogSnapshot } from './catalogSnapshot.ts';
import { ServiceList } from './ServiceList.tsx';
import { servicesOfEntity, servicesOfLifeEvent } from './servicesOf.ts';

/**
 * The catalog without a query: by entity (who provides it), by life event (what the citizen is going
 * through), and every service. Spots come in a later issue; until then every spot kind is listed.
 */
export function BrowseLists({ catalog, allServices }: { catalog: CatalogSnapshot; allServices: Service[] }) {
  const entities = catalog.entities
    .map((entity) => ({ entity, count: servicesOfEntity(catalog.services, entity.id).length }))
    .filter(({ count }) => count > 0)
    // Acronyms are plain capitals (IMT, IRN, SNS): a code-point order is their alphabetical order.
    .sort((a, b) => (a.entity.acronym < b.entity.acronym ? -1 : a.entity.acronym > b.entity.acronym ? 1 : 0));
  const events = catalog.lifeEvents
    .map((event) => ({ event, count: servicesOfLifeEvent(catalog.services, event.id).length }))
    .filter(({ count }) => count > 0);

  return (
    <div class="browse">
      <div class="browse-groups">
        <section aria-labelledby="browse-entities">
          <h2 id="browse-entities">{t('browse.byEntity')}</h2>
          <ul class="link-list" data-testid="browse-entities">
            {entities.map(({ entity, count }) => (
              <li key={entity.id}>
                <Link href={paths.entity(entity.id)} class="list-link">
                  <span class="list-link-main">
                    <span class="entity-acronym">{entity.acronym}</span> {pickText(entity.name)}
                  </span>{' '}
                  <span class="count">{tPlural('browse.count', count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="browse-events">
          <h2 id="browse-events">{t('browse.byLifeEvent')}</h2>
          <ul class="link-list" data-testid="browse-life-events">
            {events.map(({ event, count }) => (
              <li key={event.id}>
                <Link href={paths.lifeEvent(event.id)} class="list-link">
                  <span class="list-link-main">{pickText(event.name)}</span>{' '}
                  <span class="count">{tPlural('browse.count', count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="browse-all">
        <h2 id="browse-all">
          {t('browse.all')} <span class="count">({allServices.length})</span>
        </h2>
        <ServiceList
          services={allServices}
          entityById={catalog.entityById}
          label={t('browse.all')}
          data-testid="service-list"
        />
      </section>
    </div>
  );
}
