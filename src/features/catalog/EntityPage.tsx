import { useEffect } from 'preact/hooks';
import { ExternalLink } from '../../app/ExternalLink.tsx';
import { NotFound } from '../../app/NotFound.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import type { CatalogSnapshot } from './catalogSnapshot.ts';
import { markCatalogReady } from './markCatalogReady.ts';
import { ServiceList } from './ServiceList.tsx';
import { servicesOfEntity } from './servicesOf.ts';
import { sortByName } from './sortByName.ts';

/** `/entidade/:id`: an entity and the services it provides or takes part in. */
export function EntityPage({ catalog, id }: { catalog: CatalogSnapshot; id: string }) {
  const entity = catalog.entityById.get(id);
  useEffect(() => markCatalogReady(), []);
  if (!entity) return <NotFound reason="notFound.entity" />;
  const services = sortByName(servicesOfEntity(catalog.services, entity.id));
  const name = `${pickText(entity.name)} (${entity.acronym})`;
  return (
    <section class="page" data-testid="entity-page">
      <PageHeading title={name} />
      {entity.url && (
        <p>
          <ExternalLink href={entity.url}>{t('entity.website', { acronym: entity.acronym })}</ExternalLink>
        </p>
      )}
      <h2>{t('entity.services')}</h2>
      {services.length === 0 ? (
        <p class="notice">{t('entity.none')}</p>
      ) : (
        <ServiceList
          services={services}
          entityById={catalog.entityById}
          label={t('entity.services')}
          data-testid="service-list"
        />
      )}
    </section>
  );
}
