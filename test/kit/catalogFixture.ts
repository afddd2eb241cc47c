import type { CatalogRecords } from '../../src/core/catalog/catalogDelta.ts';
import type { Entity, LifeEvent, Service } from '../../src/core/catalog/catalogSchema.ts';

/** A small catalog to test with; `service()` makes a valid service that tests then change. */
export function entity(id: string, acronym = id.toUpperCase()): Entity {
  return {
    id,
    acronym,
    name: { pt: `Entidade ${acronym}`, en: `Entity ${acronym}` },
    url: null,
    sourceUrls: [],
    unverified: false,
  };
}

export function lifeEvent(id: string, order = 1): LifeEvent {
  return { id, name: { pt: `Evento ${id}`, en: `Event ${id}` }, order };
}

export function service(id: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    entityId: 'imt',
    partnerEntityIds: [],
    name: { pt: `Serviço ${id}`, en: `Service ${id}` },
    description: { pt: 'Descrição simples.', en: 'Plain description.' },
    keywords: { pt: ['palavra'], en: ['word'] },
    lifeEventIds: ['conducao'],
    documents: [],
    fees: [],
    exemptions: [],
    split: [],
    guide: [],
    onlineUrl: null,
    aloneWith: [],
    teachBack: [],
    legalBasis: [],
    sourceUrls: ['https://example.gov.pt/fonte'],
    verifiedAt: '2026-11-20',
    spotKinds: ['fixed', 'mobile', 'solidarity'],
    unverified: [],
    formId: null,
    ...overrides,
  };
}

export function records(services: Service[] = [service('carta-revalidacao')]): CatalogRecords {
  return {
    entities: [entity('imt'), entity('arte'), entity('irn')],
    lifeEvents: [lifeEvent('conducao')],
    services,
    forms: [],
  };
}
