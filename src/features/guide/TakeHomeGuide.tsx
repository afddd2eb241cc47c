// `/guia/:id` (issue 6, item 3): a service's take-home guide, printed on A4 in large type for the
// citizen to keep: the steps to do it alone, what they need, where (with a QR code to the official page),
// the request's reference when there is one, and the helplines. Visits (the spot's next stop) come with
// the visits issue.
import './guide.css';
import { useEffect } from 'preact/hooks';
import { PageHeading } from '../../app/PageHeading.tsx';
import { QrCode } from '../../app/QrCode.tsx';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import type { CatalogSnapshot } from '../catalog/catalogSnapshot.ts';
import { HELPLINES } from './helplines.ts';

/** The class on `<html>` by which guide.css prints the guide alone. */
const PRINTING_GUIDE_CLASS = 'printing-guide';

interface TakeHomeGuideProps {
  catalog: CatalogSnapshot;
  id: string;
  reference: string | null;
}

export function TakeHomeGuide({ catalog, id, reference }: TakeHomeGuideProps) {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.classList.add(PRINTING_GUIDE_CLASS);
    return () => document.documentElement.classList.remove(PRINTING_GUIDE_CLASS);
  }, []);
  const service = catalog.serviceById.get(id);
  if (!service)
    return (
      <section class="page">
        <PageHeading title={t('guide.open')} />
        <p class="notice warning" data-testid="guide-missing">
          {t('guide.notFound')}
        </p>
      </section>
    );
  const entity = catalog.entityById.get(service.entityId);
  const url = service.onlineUrl ?? entity?.url ?? null;
  return (
    <section class="page">
      <article class="take-home-guide" data-testid="take-home-guide" lang={locale === 'pt' ? 'pt-PT' : 'en'}>
        <PageHeading title={t('guide.title', { service: pickText(service.name, locale) })} />
        <p class="guide-intro">{t('guide.intro')}</p>
        {reference && (
          <p class="guide-reference" data-testid="guide-reference">
            {t('guide.reference', { ref: reference })}
          </p>
        )}
        <h2>{t('guide.steps')}</h2>
        {service.guide.length > 0 ? (
          <ol class="guide-steps" data-testid="guide-steps">
            {service.guide.map((step) => (
              <li key={step.pt}>{pickText(step, locale)}</li>
            ))}
          </ol>
        ) : (
          <p>{t('guide.noSteps')}</p>
        )}
        {service.aloneWith.length > 0 && (
          <>
            <h2>{t('guide.needs')}</h2>
            <ul class="guide-needs" data-testid="guide-needs">
              {service.aloneWith.map((means) => (
                <li key={means}>{t(`citizen.alone.${means}`)}</li>
              ))}
            </ul>
          </>
        )}
        <h2>{t('guide.where')}</h2>
        {url ? (
          <div class="guide-where">
            <QrCode class="guide-qr" data-testid="guide-qr" content={url} title={t('guide.qrTitle', { url })} />
            <p class="guide-url" data-testid="guide-url">
              {service.onlineUrl ? null : <span class="guide-url-label">{t('guide.whereEntity')}: </span>}
              {url}
            </p>
          </div>
        ) : (
          <p>{t('guide.noWhere')}</p>
        )}
        <h2>{t('guide.helplines')}</h2>
        <ul class="guide-helplines">
          {HELPLINES.map((line) => (
            <li key={line.number}>
              {pickText(line.name, locale)}: <strong class="guide-phone">{line.number}</strong>
            </li>
          ))}
        </ul>
      </article>
      <div class="form-actions guide-actions">
        <button type="button" class="button primary" data-testid="guide-print" onClick={() => window.print()}>
          {t('guide.print')}
        </button>
        <button type="button" class="button" onClick={() => history.back()}>
          {t('guide.back')}
        </button>
      </div>
    </section>
  );
}
