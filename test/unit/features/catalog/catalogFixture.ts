import type { Entity, LifeEvent, Service } from '../../../../src/core/catalog/catalogSchema.ts';
import type { CatalogMeta } from '../../../../src/db/balcaoDb.ts';
import type { CatalogSnapshot } from '../../../../src/features/catalog/catalogSnapshot.ts';

// A small catalog in the seed's shape: the driving-licence revalidation (paid, half at 70+, shared
// fee), a free service, and an unverified one.

export const imt: Entity = {
  id: 'imt',
  acronym: 'IMT',
  name: { pt: 'Instituto da Mobilidade e dos Transportes', en: 'Institute for Mobility and Transport' },
  url: 'https://www.imt-ip.pt',
  sourceUrls: ['https://www.imt-ip.pt'],
  unverified: false,
};

export const arte: Entity = {
  id: 'arte',
  acronym: 'ARTE',
  name: { pt: 'Agência para a Reforma Tecnológica do Estado', en: 'Agency for the Technological Reform of the State' },
  url: null,
  sourceUrls: ['https://www.arte.gov.pt'],
  unverified: false,
};

export const driving: LifeEvent = {
  id: 'conducao-veiculos',
  name: { pt: 'Conduzir e veículos', en: 'Driving and vehicles' },
  order: 30,
};

export const cartaRevalidacao: Service = {
  id: 'carta-revalidacao',
  entityId: 'imt',
  partnerEntityIds: [],
  name: { pt: 'Revalidação da carta de condução', en: 'Driving-licence revalidation (renewal)' },
  description: {
    pt: 'A carta de condução tem de ser revalidada em certas idades; com 70 ou mais anos paga metade.',
    en: 'A driving licence must be revalidated at certain ages; at 70 or over you pay half.',
  },
  keywords: { pt: ['carta'], en: ['driving licence'] },
  lifeEventIds: ['conducao-veiculos'],
  documents: [
    { id: 'cartao-cidadao', name: { pt: 'Cartão de Cidadão', en: 'Citizen Card' }, optional: false },
    {
      id: 'atestado-medico',
      name: { pt: 'Atestado médico eletrónico', en: 'Electronic medical certificate' },
      note: { pt: 'O médico envia-o diretamente ao IMT.', en: 'The doctor sends it straight to IMT.' },
      optional: false,
    },
    { id: 'meio-pagamento', name: { pt: 'Cartão Multibanco', en: 'Debit card' }, optional: true },
  ],
  fees: [
    {
      channel: 'spot',
      variant: 'standard',
      label: { pt: 'Revalidação', en: 'Revalidation' },
      amountCents: 3000,
      unverified: false,
    },
    {
      channel: 'spot',
      variant: 'standard',
      label: { pt: 'Revalidação', en: 'Revalidation' },
      amountCents: 1500,
      minAge: 70,
      unverified: false,
    },
    {
      channel: 'online',
      variant: 'standard',
      label: { pt: 'Revalidação online', en: 'Revalidation online' },
      amountCents: 2700,
      note: { pt: 'Com Chave Móvel Digital.', en: 'With the Digital Mobile Key.' },
      unverified: true,
    },
  ],
  exemptions: [
    {
      id: 'calamidade',
      label: { pt: 'Perda da carta em calamidade', en: 'Licence lost in a disaster' },
      legalBasis: 'Despacho n.º 1/2026',
      unverified: false,
    },
  ],
  split: [
    { entityId: 'imt', basisPoints: 9000 },
    { entityId: 'arte', basisPoints: 350 },
    { entityId: 'autarquia', basisPoints: 650 },
  ],
  guide: [
    { pt: 'Veja a data de validade na sua carta.', en: 'Check the expiry date on your licence.' },
    { pt: 'Marque consulta para o atestado médico.', en: 'Book an appointment for the medical certificate.' },
  ],
  onlineUrl: 'https://eportugal.gov.pt/servicos/revalidar-a-carta-de-conducao',
  aloneWith: ['cmd'],
  teachBack: [
    {
      question: { pt: 'Onde renova a carta sozinho?', en: 'Where do you renew the licence on your own?' },
      answer: { pt: 'No ePortugal, com a Chave Móvel Digital.', en: 'On ePortugal, with the Digital Mobile Key.' },
    },
  ],
  legalBasis: ['Decreto-Lei n.º 40/2016'],
  sourceUrls: ['https://www.imt-ip.pt/condutores'],
  verifiedAt: '2026-11-20',
  spotKinds: ['fixed', 'mobile', 'solidarity'],
  unverified: ['documents'],
  formId: null,
};

export const cmdAtivacao: Service = {
  ...cartaRevalidacao,
  id: 'cmd-pedido-ativacao',
  entityId: 'arte',
  name: { pt: 'Pedido e ativação da Chave Móvel Digital', en: 'Request and activate the Digital Mobile Key' },
  lifeEventIds: [],
  documents: [],
  fees: [
    { channel: 'spot', variant: 'standard', label: { pt: 'Pedido', en: 'Request' }, amountCents: 0, unverified: false },
  ],
  exemptions: [],
  split: [],
  unverified: [],
};

export const certidaoComercial: Service = {
  ...cmdAtivacao,
  id: 'certidao-comercial',
  entityId: 'imt',
  name: { pt: 'Certidão permanente do registo comercial', en: 'Permanent commercial-registry certificate' },
  fees: [
    {
      channel: 'spot',
      variant: 'standard',
      label: { pt: 'Certidão', en: 'Certificate' },
      amountCents: 2500,
      unverified: true,
    },
  ],
  unverified: ['fees'],
};

export function fixtureMeta(overrides: Partial<CatalogMeta> = {}): CatalogMeta {
  return { id: 'catalog', version: 3, etag: '"3"', checkedAt: null, updatedAt: null, ...overrides };
}

export function fixtureSnapshot(
  services: Service[] = [cartaRevalidacao, cmdAtivacao, certidaoComercial],
): CatalogSnapshot {
  const entities = [imt, arte];
  const lifeEvents = [driving];
  return {
    meta: fixtureMeta(),
    entities,
    lifeEvents,
    services,
    serviceById: new Map(services.map((s) => [s.id, s])),
    entityById: new Map(entities.map((e) => [e.id, e])),
    lifeEventById: new Map(lifeEvents.map((e) => [e.id, e])),
  };
}
