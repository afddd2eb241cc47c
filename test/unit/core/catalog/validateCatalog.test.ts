import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../../../src/core/catalog/validateCatalog.ts';
import { records, service } from '../../../kit/catalogFixture.ts';

const file = (services = [service('carta-revalidacao')]) => JSON.parse(JSON.stringify(records(services)));

/** A valid form version with one field, for `serviceId` (null: a shared form). */
function oneFieldForm(id: string, serviceId: string | null) {
  const label = { pt: 'Nome', en: 'Name' };
  return {
    id,
    version: 1,
    serviceId,
    title: label,
    definition: {
      steps: [
        { id: 'passo', title: label, fields: [{ id: 'nome', kind: 'text', label, required: true, personal: true }] },
      ],
    },
  };
}

describe('validateCatalog', () => {
  it('accepts a well-formed catalog and fills in the defaults', () => {
    const input = file();
    delete input.services[0].exemptions;
    const result = validateCatalog(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.catalog.services[0]?.exemptions).toEqual([]);
  });

  it('names the record and the field of a bad fee', () => {
    const input = file([
      service('carta-revalidacao', {
        fees: [
          { channel: 'spot', variant: 'standard', label: { pt: 'x', en: 'x' }, amountCents: -5, unverified: false },
        ],
      }),
    ]);
    const result = validateCatalog(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual(
        expect.objectContaining({ record: 'services[0] (carta-revalidacao)', field: 'fees[0].amountCents' }),
      );
    }
  });

  it('refuses euros written as a fraction, a missing translation and an unknown key', () => {
    const input = file();
    input.services[0].fees = [{ channel: 'spot', label: { pt: 'x', en: 'x' }, amountCents: 15.5 }];
    input.services[0].name.en = '  ';
    input.services[0].price = 3;
    const result = validateCatalog(input);
    if (result.ok) throw new Error('accepted a bad catalog');
    const fields = result.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['fees[0].amountCents', 'name.en']));
    expect(result.problems.some((p) => p.message.includes('price') || p.field === 'price')).toBe(true);
  });

  it('refuses references to entities and life events that are not in the file, and duplicate ids', () => {
    const result = validateCatalog(file([service('a', { entityId: 'nope', lifeEventIds: ['missing'] }), service('a')]));
    if (result.ok) throw new Error('accepted a bad catalog');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: 'services[0] (a)', field: 'entityId', message: 'unknown entity "nope"' }),
        expect.objectContaining({ field: 'lifeEventIds[0]', message: 'unknown life event "missing"' }),
        expect.objectContaining({ record: 'services[1] (a)', field: 'id', message: 'duplicate id a' }),
      ]),
    );
  });

  it('refuses a revenue split that does not add up to 100 %', () => {
    const split = [
      { entityId: 'imt', basisPoints: 9000 },
      { entityId: 'arte', basisPoints: 350 },
    ];
    const result = validateCatalog(file([service('carta-revalidacao', { split })]));
    if (result.ok) throw new Error('accepted a bad split');
    expect(result.problems[0]).toMatchObject({ record: 'services[0] (carta-revalidacao)', field: 'split' });
  });

  it('checks a form version’s definition and names the form and the field at fault', () => {
    const input = file([service('carta-revalidacao', { formId: 'revalidacao' })]);
    const label = { pt: 'Campo', en: 'Field' };
    input.forms = [
      {
        id: 'revalidacao',
        version: 2,
        serviceId: 'carta-revalidacao',
        title: { pt: 'Revalidação', en: 'Revalidation' },
        definition: {
          steps: [
            {
              id: 'titular',
              title: label,
              fields: [
                // Shown depending on a field that only comes later: the form could never show it.
                {
                  id: 'morada',
                  kind: 'text',
                  label,
                  required: true,
                  personal: true,
                  showWhen: { field: 'mudou', equals: true },
                },
                { id: 'mudou', kind: 'yes-no', label, required: true, personal: false },
              ],
            },
          ],
        },
      },
    ];
    const result = validateCatalog(input);
    if (result.ok) throw new Error('accepted a form that can never show a field');
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        record: 'forms[0] (revalidacao@2)',
        field: 'definition.steps[0].fields[0].showWhen.field',
      }),
    );
  });

  it('accepts one shared form (no service of its own) used by several services', () => {
    const input = file([
      service('certidao-obito', { formId: 'pedido-assistido' }),
      service('subsidio-funeral', { formId: 'pedido-assistido' }),
    ]);
    input.forms = [oneFieldForm('pedido-assistido', null)];
    expect(validateCatalog(input)).toMatchObject({ ok: true });
  });

  it('refuses a form written for a service that opens another form, or no form', () => {
    const input = file([
      service('carta-revalidacao', { formId: 'pedido-assistido' }),
      service('carta-segunda-via', { formId: null }),
    ]);
    input.forms = [
      oneFieldForm('pedido-assistido', null),
      oneFieldForm('carta-revalidacao', 'carta-revalidacao'),
      oneFieldForm('carta-segunda-via', 'carta-segunda-via'),
    ];
    const result = validateCatalog(input);
    if (result.ok) throw new Error('accepted forms their services do not use');
    expect(result.problems).toEqual([
      {
        record: 'forms[1] (carta-revalidacao@1)',
        field: 'serviceId',
        message: 'service "carta-revalidacao" uses form "pedido-assistido", not "carta-revalidacao"',
      },
      {
        record: 'forms[2] (carta-segunda-via@1)',
        field: 'serviceId',
        message: 'service "carta-segunda-via" uses no form, not "carta-segunda-via"',
      },
    ]);
  });

  it('refuses a form for a service that is not in the file, and a service naming a form that is not', () => {
    const input = file([service('carta-revalidacao', { formId: 'revalidacao' })]);
    input.forms = [oneFieldForm('outro', 'nao-existe')];
    const result = validateCatalog(input);
    if (result.ok) throw new Error('accepted dangling references');
    expect(result.problems).toEqual([
      { record: 'services[0] (carta-revalidacao)', field: 'formId', message: 'unknown form "revalidacao"' },
      { record: 'forms[0] (outro@1)', field: 'serviceId', message: 'unknown service "nao-existe"' },
    ]);
  });

  it('says what is wrong with something that is not a catalog at all', () => {
    const result = validateCatalog([1, 2]);
    if (result.ok) throw new Error('accepted an array');
    expect(result.problems[0]?.record).toBe('catalog');
  });
});
