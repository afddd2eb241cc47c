import { describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../../../../src/core/search/createCatalogIndex.ts';
import { entity, service } from '../../../kit/catalogFixture.ts';

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('createCatalogIndex on a small catalog', () => {
  const entities = [
    { ...entity('imt'), name: { pt: 'Instituto da Mobilidade e dos Transportes', en: 'Institute for Mobility' } },
    { ...entity('iss'), acronym: 'ISS', name: { pt: 'Segurança Social', en: 'Social Security' } },
  ];

  it('ranks a word in the name above one in the keywords, and that above one in the description', () => {
    const index = createCatalogIndex(
      [
        service('in-description', { description: { pt: 'Pedido feito com a matrícula do veículo.', en: 'Request.' } }),
        service('in-keywords', { keywords: { pt: ['matrícula', 'automóvel'], en: ['registration'] } }),
        service('in-name', { name: { pt: 'Certidão de matrícula', en: 'Registration certificate' } }),
      ],
      entities,
    );
    expect(ids(index.search('matricula'))).toEqual(['in-name', 'in-keywords', 'in-description']);
  });

  it("finds an entity's services by its acronym or its name, below a service that mentions it", () => {
    const index = createCatalogIndex(
      [
        service('pensao', { entityId: 'iss', name: { pt: 'Pensão de velhice', en: 'Old-age pension' } }),
        service('abono', { entityId: 'iss', name: { pt: 'Abono de família', en: 'Child benefit' } }),
        service('carta', { entityId: 'imt', name: { pt: 'Carta de condução', en: 'Driving licence' } }),
        service('nif', {
          entityId: 'imt',
          name: { pt: 'Número de identificação', en: 'Tax number' },
          description: { pt: 'Não é pedido à segurança social.', en: 'Not a social security matter.' },
        }),
      ],
      entities,
    );
    expect(ids(index.search('IMT')).sort()).toEqual(['carta', 'nif']);
    const social = ids(index.search('Segurança Social'));
    expect(social[0]).toBe('nif');
    expect(social.slice(1).sort()).toEqual(['abono', 'pensao']);
  });

  const driving = [
    service('carta-revalidacao', { name: { pt: 'Revalidação da carta de condução', en: 'Driving licence renewal' } }),
    service('registo-criminal', { name: { pt: 'Certificado de registo criminal', en: 'Criminal record certificate' } }),
    service('via-verde', { name: { pt: 'Dístico de estacionamento', en: 'Parking badge' } }),
    service('imi', { name: { pt: 'Isenção de IMI', en: 'Property tax exemption' } }),
  ];

  it('forgives one typo in a word of four letters or more', () => {
    const index = createCatalogIndex(driving, entities);
    expect(ids(index.search('condcao'))).toEqual(['carta-revalidacao']);
    expect(ids(index.search('revalidaçao cart'))).toEqual(['carta-revalidacao']);
    expect(ids(index.search('criminak'))).toEqual(['registo-criminal']);
  });

  it('forgives nothing in a word of three letters', () => {
    const index = createCatalogIndex(driving, entities);
    expect(ids(index.search('imi'))).toEqual(['imi']);
    expect(ids(index.search('imu'))).toEqual([]);
    expect(ids(index.search('ima'))).toEqual([]);
  });

  it('finds a word from its first letters while it is being typed', () => {
    const index = createCatalogIndex(driving, entities);
    expect(ids(index.search('reval'))).toEqual(['carta-revalidacao']);
    expect(ids(index.search('regis crim'))).toEqual(['registo-criminal']);
    expect(ids(index.search('Crim'))).toEqual(['registo-criminal']);
  });

  it('ignores accents and capitals in the query', () => {
    const index = createCatalogIndex(driving, entities);
    expect(index.search('CONDUÇÃO')).toEqual(index.search('conducao'));
    expect(index.search('Revalidação')).toEqual(index.search('revalidacao'));
  });

  it('finds nothing for a blank query or one of only stop words', () => {
    const index = createCatalogIndex(driving, entities);
    expect(index.search('')).toEqual([]);
    expect(index.search('   \t')).toEqual([]);
    expect(index.search('de da do')).toEqual([]);
    expect(index.search('the of and')).toEqual([]);
  });

  it('requires every word, and falls back to any word only when no service has them all', () => {
    const index = createCatalogIndex(
      [
        service('carta-revalidacao', { name: { pt: 'Revalidação da carta de condução', en: 'Licence renewal' } }),
        service('carta-segunda-via', { name: { pt: 'Segunda via da carta de condução', en: 'Duplicate licence' } }),
        service('cc-renovacao', { name: { pt: 'Renovação do Cartão de Cidadão', en: 'Citizen Card renewal' } }),
      ],
      entities,
    );
    expect(ids(index.search('carta segunda'))).toEqual(['carta-segunda-via']);
    const anyWord = ids(index.search('segunda cidadao'));
    expect(anyWord.sort()).toEqual(['carta-segunda-via', 'cc-renovacao']);
  });

  it('keeps at most `limit` hits, best first', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      service(`carta-${i}`, { name: { pt: `Carta ${'de condução '.repeat(1 + (i % 3))}${i}`, en: 'Licence' } }),
    );
    const index = createCatalogIndex(many, entities);
    expect(index.size).toBe(30);
    expect(index.search('carta')).toHaveLength(20);
    const five = index.search('carta', 5);
    expect(five).toHaveLength(5);
    expect(five.map((hit) => hit.score)).toEqual([...five.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('reads "2.ª via" and "2a via" alike', () => {
    const index = createCatalogIndex(
      [service('cc-2via', { name: { pt: 'Pedido de 2.ª via do Cartão de Cidadão', en: 'Duplicate Citizen Card' } })],
      entities,
    );
    expect(ids(index.search('2a via'))).toEqual(['cc-2via']);
    expect(ids(index.search('2ª via'))).toEqual(['cc-2via']);
    expect(ids(index.search('2 via'))).toEqual(['cc-2via']);
  });

  it('takes one or two letters as whole words only, and a lone letter after other words as not yet typed', () => {
    const index = createCatalogIndex(
      [
        service('cc-renovacao', {
          name: { pt: 'Renovação do Cartão de Cidadão', en: 'Citizen Card renewal' },
          keywords: { pt: ['CC'], en: ['CC'] },
        }),
        ...driving,
      ],
      entities,
    );
    expect(ids(index.search('cc'))).toEqual(['cc-renovacao']);
    expect(index.search('ca')).toEqual([]);
    expect(index.search('revalidacao c')).toEqual(index.search('revalidacao'));
  });

  it('lists services that name the words before reading keywords, once their names fill the page', () => {
    const named = Array.from({ length: 25 }, (_, i) =>
      service(`carta-${i}`, { name: { pt: `Carta de condução ${i}`, en: `Licence ${i}` } }),
    );
    const index = createCatalogIndex(
      [
        service('kit', { name: { pt: 'Kit Emigrante', en: 'Emigrant kit' }, keywords: { pt: ['carta'], en: [] } }),
        ...named,
      ],
      entities,
    );
    expect(ids(index.search('carta'))).not.toContain('kit');
    expect(ids(index.search('carta', 30))).toContain('kit');
  });
});
