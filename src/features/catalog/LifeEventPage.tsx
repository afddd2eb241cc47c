import { useEffect } from 'preact/hooks';
import { NotFound } from '../../app/NotFound.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import type { CatalogSnapshot } from './catalogSnapshot.ts';
import { markCatalogReady } from './markCatalogReady.ts';
import { ServiceList } from './ServiceList.tsx';
import { servicesOfLifeEvent } from './servicesOf.ts';
import { sortByName } from './sortByName.ts';

/** `/evento/:id`: the services for a life event (a death in the family, a lost wallet, a fire). */
export function LifeEventPage({ catalog, id }: { catalog: CatalogSnapshot; id: string }) {
  const event = catalog.lifeEventById.get(id);
  useEffect(() => markCatalogReady(), []);
  if (!event) return <NotFound reason="notFound.lifeEvent" />;
  const services = sortByName(servicesOfLifeEvent(catalog.services, event.id));
  return (
    <section class="page" data-testid="life-event-page">
      <PageHeading title={pickText(event.name)} />
      <h2>{t('lifeEvent.services')}</h2>
      {services.length === 0 ? (
        <p class="notice">{t('lifeEvent.none')}</p>
      ) : (
        <ServiceList
          services={services}
          entityById={catalog.entityById}
          label={t('lifeEvent.services')}
          data-testid="service-list"
        />
      )}
    </section>
  );
}
