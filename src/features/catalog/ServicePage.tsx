import type { ComponentChild } from 'preact';
import { useEffect } from 'preact/hooks';
import { ExternalLink } from '../../app/ExternalLink.tsx';
import { Link } from '../../app/Link.tsx';
import { NotFound } from '../../app/NotFound.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { paths } from '../../app/routes.ts';
import type { Entity, Service } from '../../core/catalog/catalogSchema.ts';
import { formatDay } from '../../i18n/formatDate.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import type { CatalogSnapshot } from './catalogSnapshot.ts';
import { markCatalogReady } from './markCatalogReady.ts';
import { ServiceFees } from './ServiceFees.tsx';
import { StartAttendanceButton } from './StartAttendanceButton.tsx';
import { UnverifiedBadge } from './UnverifiedBadge.tsx';
import { anyUnverified, isUnverified } from './unverified.ts';

/** `/servico/:id`: everything the mediator tells the citizen about one service. */
export function ServicePage({ catalog, id }: { catalog: CatalogSnapshot; id: string }) {
  const service = catalog.serviceById.get(id);
  useEffect(() => markCatalogReady(), []);
  if (!service) return <NotFound reason="notFound.service" />;
  const entity = catalog.entityById.get(service.entityId);
  const partners = service.partnerEntityIds.flatMap((pid) => catalog.entityById.get(pid) ?? []);
  const badge = (field: Parameters<typeof isUnverified>[1]) => isUnverified(service, field) && <UnverifiedBadge />;

  return (
    <article class="page service-page" data-testid="service-page" data-service-id={service.id}>
      <PageHeading title={pickText(service.name)} />
      <dl class="service-facts">
        {entity && (
          <div>
            <dt>{t('service.entity')}</dt>
            <dd>
              <EntityLink entity={entity} />
            </dd>
          </div>
        )}
        {partners.length > 0 && (
          <div>
            <dt>{t('service.partners')}</dt>
            <dd>
              {partners.map((partner, i) => (
                <span key={partner.id}>
                  {i > 0 && ', '}
                  <EntityLink entity={partner} />
                </span>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('service.spotKinds')}</dt>
          <dd>
            {service.spotKinds.map((kind) => t(`spotKind.${kind}`)).join(', ')} {badge('spotKinds')}
          </dd>
        </div>
      </dl>
      {anyUnverified(service) && (
        <p class="notice unverified-note" data-testid="unverified-explain">
          {t('unverified.explain')}
        </p>
      )}
      <p class="service-description">
        {pickText(service.description)} {badge('description')}
      </p>
      <StartAttendanceButton service={service} />

      <div class="service-essentials">
        <Documents service={service} badge={badge('documents')} />
        <ServiceFees service={service} entityById={catalog.entityById} />
      </div>

      {service.guide.length > 0 && (
        <section class="service-section" data-testid="service-guide">
          <h2>
            {t('service.guide')} {badge('guide')}
          </h2>
          <ol class="guide">
            {service.guide.map((step) => (
              <li key={step.pt}>{pickText(step)}</li>
            ))}
          </ol>
          <p>
            <Link href={paths.guide(service.id)} class="button" data-testid="service-guide-print">
              {t('guide.open')}
            </Link>
          </p>
        </section>
      )}

      <section class="service-section" data-testid="service-online">
        <h2>
          {t('service.online')} {badge('onlineUrl')}
        </h2>
        {service.onlineUrl ? (
          <p>
            <ExternalLink href={service.onlineUrl} class="button">
              {t('service.onlineLink', { host: new URL(service.onlineUrl).host })}
            </ExternalLink>
          </p>
        ) : (
          <p>{t('service.onlineNone')}</p>
        )}
      </section>

      {service.legalBasis.length > 0 && (
        <section class="service-section" data-testid="service-legal-basis">
          <h2>
            {t('service.legalBasis')} {badge('legalBasis')}
          </h2>
          <ul class="plain-list">
            {service.legalBasis.map((law) => (
              <li key={law}>{law}</li>
            ))}
          </ul>
        </section>
      )}

      <section class="service-section" data-testid="service-sources">
        <h2>{t('service.sources')}</h2>
        <ul class="link-list sources">
          {service.sourceUrls.map((url) => (
            <li key={url}>
              <ExternalLink href={url} class="list-link">
                <span class="url">{sourceName(url)}</span>
              </ExternalLink>
            </li>
          ))}
        </ul>
        <p class="verified-at" data-testid="service-verified-at">
          {t('service.verifiedAt', { date: formatDay(service.verifiedAt) })}
        </p>
      </section>

      <p class="back">
        <Link href={paths.catalog()}>{t('service.backToCatalog')}</Link>
      </p>
    </article>
  );
}

function Documents({ service, badge }: { service: Service; badge: ComponentChild }) {
  return (
    <section class="service-section" data-testid="service-documents" aria-labelledby="service-documents-heading">
      <h2 id="service-documents-heading">
        {t('service.documents')} {badge}
      </h2>
      {service.documents.length === 0 ? (
        <p>{t('service.documentsNone')}</p>
      ) : (
        <ul class="documents">
          {service.documents.map((document) => (
            <li key={document.id} class={document.optional ? 'document optional' : 'document'}>
              <span class="document-name">{pickText(document.name)}</span>
              {document.optional && (
                <>
                  {' '}
                  <span class="tag">{t('service.documentOptional')}</span>
                </>
              )}
              {document.note && <span class="document-note"> {pickText(document.note)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EntityLink({ entity }: { entity: Entity }) {
  return (
    <Link href={paths.entity(entity.id)}>
      {pickText(entity.name)} ({entity.acronym})
    </Link>
  );
}

/** A source's address without the scheme and query: enough to tell sources apart, short enough to read. */
function sourceName(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname === '/' ? '' : pathname}`;
  } catch {
    return url;
  }
}
