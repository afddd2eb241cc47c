import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CatalogInput } from '../../../src/core/catalog/catalogSchema.ts';
import type { FormDefinitionInput, FormField } from '../../../src/core/forms/formDefinitionSchema.ts';

/** The catalog the hub ships with (`server/seed/catalog.json`). */
export const SEED_CATALOG_FILE = fileURLToPath(new URL('../../../server/seed/catalog.json', import.meta.url));

type FieldInput = FormDefinitionInput['steps'][number]['fields'][number];

const text = (pt: string, en: string) => ({ pt, en });

function field(id: string, kind: FormField['kind'], more: Partial<FieldInput> = {}): FieldInput {
  return { id, kind, label: text(`Campo ${id}`, `Field ${id}`), required: true, personal: true, ...more };
}

const yesNo = (id: string, more: Partial<FieldInput> = {}) => field(id, 'yes-no', { personal: false, ...more });

/**
 * Three services with forms of their own, added to the seed so that the test runs on the real catalog
 * whether or not the seed carries forms yet: every field kind, conditions (one hiding another that has
 * a condition of its own), a fee with an age rule, variants, an exemption and the IMT split, a plain
 * fee, a free service, and a form in two versions.
 */
export interface RequestFixture {
  services: CatalogInput['services'];
  forms: NonNullable<CatalogInput['forms']>;
}

export function requestFixture(): RequestFixture {
  const service = (id: string, more: Partial<CatalogInput['services'][number]>): CatalogInput['services'][number] => ({
    id,
    entityId: 'imt',
    name: text(`Serviço de ensaio ${id}`, `Test service ${id}`),
    description: text('Serviço para os testes do hub.', 'A service for the hub tests.'),
    keywords: { pt: ['ensaio'], en: ['test'] },
    lifeEventIds: ['conducao-veiculos'],
    documents: [
      { id: 'cartao-cidadao', name: text('Cartão de Cidadão', 'Citizen Card') },
      { id: 'comprovativo', name: text('Comprovativo', 'Proof'), optional: true },
    ],
    fees: [],
    guide: [text('Confirme a identidade.', 'Confirm the identity.')],
    onlineUrl: null,
    sourceUrls: ['https://www.imt-ip.pt'],
    verifiedAt: '2026-11-20',
    spotKinds: ['fixed', 'mobile', 'solidarity'],
    ...more,
  });
  const fee = (amountCents: number, more: Record<string, unknown> = {}) => ({
    channel: 'spot' as const,
    label: text(`Taxa ${amountCents}`, `Fee ${amountCents}`),
    amountCents,
    ...more,
  });

  const licenceSteps = (withBirthDate: boolean): FormDefinitionInput['steps'] => [
    {
      id: 'titular',
      title: text('Titular', 'Holder'),
      fields: [
        field('name', 'text', { maxLength: 60 }),
        ...(withBirthDate ? [field('birth-date', 'date', { min: '1900-01-01', max: '2010-12-31' })] : []),
        field('nif', 'nif'),
        field('cc-number', 'document-number'),
        field('categories', 'number', { personal: false, min: 1, max: 6 }),
        yesNo('medical-exam'),
        field('medical-certificate', 'attachment', { showWhen: { field: 'medical-exam', equals: true } }),
      ],
    },
    {
      id: 'contactos',
      title: text('Contactos', 'Contacts'),
      fields: [
        field('contact-by', 'choice', {
          personal: false,
          options: [
            { value: 'phone', label: text('Telefone', 'Phone') },
            { value: 'email', label: text('Email', 'E-mail') },
            { value: 'post', label: text('Correio', 'Post') },
          ],
        }),
        field('phone', 'phone', { showWhen: { field: 'contact-by', equals: 'phone' } }),
        field('email', 'email', { showWhen: { field: 'contact-by', in: ['email'] } }),
        field('postal-code', 'postal-code', { showWhen: { field: 'contact-by', equals: 'post' } }),
        field('notes', 'text', { required: false, personal: false }),
      ],
    },
  ];

  return {
    services: [
      service('ensaio-carta', {
        fees: [
          fee(3000),
          fee(1500, { minAge: 70 }),
          fee(5000, { variant: 'urgente' }),
          fee(2500, { variant: 'urgente', minAge: 70 }),
        ],
        exemptions: [{ id: 'calamidade', label: text('Calamidade', 'Disaster') }],
        split: [
          { entityId: 'imt', basisPoints: 9000 },
          { entityId: 'arte', basisPoints: 350 },
          { entityId: 'autarquia', basisPoints: 650 },
        ],
        formId: 'ensaio-carta',
      }),
      service('ensaio-certidao', {
        entityId: 'irn',
        lifeEventIds: ['familia-registos'],
        fees: [fee(1000), fee(2000, { variant: 'urgente' })],
        exemptions: [{ id: 'insuficiencia', label: text('Insuficiência económica', 'Low income') }],
        formId: 'ensaio-certidao',
      }),
      service('ensaio-apoio', {
        entityId: 'iss',
        lifeEventIds: ['emprego-desemprego'],
        fees: [fee(0)],
        formId: 'ensaio-apoio',
      }),
    ],
    forms: [
      {
        id: 'ensaio-carta',
        version: 1,
        serviceId: 'ensaio-carta',
        title: text('Revalidação (ensaio)', 'Revalidation (test)'),
        definition: { steps: licenceSteps(false) },
      },
      {
        id: 'ensaio-carta',
        version: 2,
        serviceId: 'ensaio-carta',
        title: text('Revalidação (ensaio)', 'Revalidation (test)'),
        definition: { steps: licenceSteps(true) },
      },
      {
        id: 'ensaio-certidao',
        version: 1,
        serviceId: 'ensaio-certidao',
        title: text('Certidão (ensaio)', 'Certificate (test)'),
        definition: {
          steps: [
            {
              id: 'pedido',
              title: text('Pedido', 'Request'),
              fields: [
                field('kind', 'choice', {
                  personal: false,
                  options: [
                    { value: 'nascimento', label: text('Nascimento', 'Birth') },
                    { value: 'casamento', label: text('Casamento', 'Marriage') },
                  ],
                }),
                field('spouse-document', 'document-number', {
                  document: 'other',
                  showWhen: { field: 'kind', equals: 'casamento' },
                }),
                field('event-date', 'date', { required: false, personal: true, max: '2026-12-31' }),
                field('postal-code', 'postal-code'),
                field('proof', 'attachment'),
                field('email', 'email', { required: false }),
              ],
            },
          ],
        },
      },
      {
        id: 'ensaio-apoio',
        version: 1,
        serviceId: 'ensaio-apoio',
        title: text('Apoio (ensaio)', 'Benefit (test)'),
        definition: {
          steps: [
            {
              id: 'beneficiario',
              title: text('Beneficiário', 'Beneficiary'),
              fields: [
                field('niss', 'niss'),
                field('nif', 'nif', { required: false }),
                field('household', 'number', { personal: false, min: 0.5, max: 12 }),
                yesNo('refund'),
                field('refund-by', 'choice', {
                  personal: false,
                  showWhen: { field: 'refund', equals: true },
                  options: [
                    { value: 'transfer', label: text('Transferência', 'Bank transfer') },
                    { value: 'cheque', label: text('Cheque', 'Cheque') },
                  ],
                }),
                // Hidden with `refund-by`, so also whenever `refund` is no.
                field('iban', 'iban', { showWhen: { field: 'refund-by', equals: 'transfer' } }),
                field('statement', 'attachment', { required: false, showWhen: { field: 'refund', equals: true } }),
              ],
            },
          ],
        },
      },
    ],
  };
}

/** The seed with the fixture's services and forms added: what the property test imports. */
export function seedWithFixture(): CatalogInput {
  const seed = JSON.parse(readFileSync(SEED_CATALOG_FILE, 'utf8')) as CatalogInput;
  const fixture = requestFixture();
  return {
    ...seed,
    services: [...seed.services, ...fixture.services],
    forms: [...(seed.forms ?? []), ...fixture.forms],
  };
}
