import { Link } from '../../app/Link.tsx';
import { paths } from '../../app/routes.ts';
import type { Entity, Service } from '../../core/catalog/catalogSchema.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import { feeSummaryText } from './feeSummaryText.ts';
import { spotFeeSummary } from './spotFeeSummary.ts';
import { UnverifiedBadge } from './UnverifiedBadge.tsx';
import { feesUnverified } from './unverified.ts';

interface ServiceListProps {
  services: readonly Service[];
  entityById: ReadonlyMap<string, Entity>;
  label: string;
  'data-testid'?: string;
}

/** Services as links to their pages, each with its entity and what it costs at a spot. */
export function ServiceList({ services, entityById, label, ...rest }: ServiceListProps) {
  return (
    <ul class="service-list" aria-label={label} {...rest}>
      {services.map((service) => {
        const entity = entityById.get(service.entityId);
        return (
          <li key={service.id} class="service-item" data-testid="service-result" data-service-id={service.id}>
            <Link href={paths.service(service.id)} class="service-link">
              <span class="service-name">{pickText(service.name)}</span>{' '}
              <span class="service-meta">
                {entity && <span class="entity-acronym">{entity.acronym}</span>}{' '}
                <span class="service-fee" data-testid="service-fee">
                  <span class="visually-hidden">{t('fee.atSpot')} </span>
                  {feeSummaryText(spotFeeSummary(service))}
                </span>
                {feesUnverified(service) && (
                  <>
                    {' '}
                    <UnverifiedBadge />
                  </>
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
