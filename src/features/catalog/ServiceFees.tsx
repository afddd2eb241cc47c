import type { Entity, FeeRule, Service } from '../../core/catalog/catalogSchema.ts';
import { CHANNELS, type Channel } from '../../core/catalog/catalogTerms.ts';
import { formatPercent } from '../../i18n/formatPercent.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import { ageCondition } from './ageCondition.ts';
import { amountText } from './feeSummaryText.ts';
import { UnverifiedBadge } from './UnverifiedBadge.tsx';
import { isUnverified } from './unverified.ts';

const CHANNEL_NAME = {
  spot: 'channel.spot',
  online: 'channel.online',
  counter: 'channel.counter',
} as const satisfies Record<Channel, string>;

/**
 * Every price of the service: by channel (the spot first, where the mediator is), then by variant,
 * each rule with who it is for, plus the waivers and who receives which share of the fee.
 */
export function ServiceFees({ service, entityById }: { service: Service; entityById: ReadonlyMap<string, Entity> }) {
  const channels = CHANNELS.filter((channel) => channel === 'spot' || service.fees.some((r) => r.channel === channel));
  return (
    <section class="service-section" data-testid="service-fees" aria-labelledby="service-fees-heading">
      <h2 id="service-fees-heading">
        {t('service.fees')} {isUnverified(service, 'fees') && <UnverifiedBadge />}
      </h2>
      {service.fees.length === 0 ? (
        <p class="notice warning">{t('fee.none')}</p>
      ) : (
        channels.map((channel) => (
          <FeeChannel key={channel} channel={channel} rules={service.fees.filter((r) => r.channel === channel)} />
        ))
      )}
      {service.exemptions.length > 0 && (
        <section class="fee-extra" data-testid="service-exemptions">
          <h3>
            {t('fee.exemptions')} {isUnverified(service, 'exemptions') && <UnverifiedBadge />}
          </h3>
          <ul class="plain-list">
            {service.exemptions.map((exemption) => (
              <li key={exemption.id}>
                {pickText(exemption.label)} {exemption.unverified && <UnverifiedBadge />}
                {exemption.legalBasis && (
                  <span class="fine-print"> {t('fee.legalBasis', { basis: exemption.legalBasis })}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {service.split.length > 0 && (
        <section class="fee-extra" data-testid="service-split">
          <h3>{t('fee.split')}</h3>
          <ul class="split-list">
            {service.split.map((share) => (
              <li key={share.entityId}>
                <span class="split-entity">{shareholderName(share.entityId, entityById)}</span>{' '}
                <span class="split-share">{formatPercent(share.basisPoints)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function FeeChannel({ channel, rules }: { channel: Channel; rules: FeeRule[] }) {
  const variants = new Map<string, FeeRule[]>();
  for (const rule of rules) variants.set(rule.variant, [...(variants.get(rule.variant) ?? []), rule]);
  return (
    <section class="fee-channel" data-channel={channel}>
      <h3>{t(CHANNEL_NAME[channel])}</h3>
      {rules.length === 0 ? (
        <p class="fee-none">{t('fee.noneOnChannel')}</p>
      ) : (
        [...variants].map(([variant, group]) => (
          <ul key={variant} class="fee-variant" data-variant={variant}>
            {group.map((rule) => (
              <FeeRuleItem key={`${rule.minAge ?? ''}-${rule.maxAge ?? ''}-${rule.label.pt}`} rule={rule} />
            ))}
          </ul>
        ))
      )}
    </section>
  );
}

function FeeRuleItem({ rule }: { rule: FeeRule }) {
  const label = pickText(rule.label);
  const condition = ageCondition(rule);
  // Catalog labels often say the age already ("Revalidação (70 ou mais anos)"): say it once.
  const sayCondition = condition !== null && !label.toLowerCase().includes(condition.toLowerCase());
  return (
    <li class="fee-rule">
      <span class="fee-what">
        <span class="fee-label">{label}</span>
        {sayCondition && <span class="fee-condition"> {condition}</span>}
      </span>{' '}
      <span class="fee-amount">{amountText(rule.amountCents)}</span>
      {rule.unverified && (
        <>
          {' '}
          <UnverifiedBadge />
        </>
      )}
      {rule.note && <span class="fee-note"> {pickText(rule.note)}</span>}
    </li>
  );
}

/**
 * Who receives a share: an entity of the catalog by its acronym; "autarquia" is whichever local
 * authority runs the spot, so it is no record of the catalog.
 */
function shareholderName(entityId: string, entityById: ReadonlyMap<string, Entity>): string {
  const entity = entityById.get(entityId);
  if (entity) return entity.acronym;
  return entityId === 'autarquia' ? t('fee.splitLocalAuthority') : entityId;
}
