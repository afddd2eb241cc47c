import { describe, expect, it } from 'vitest';
import { catalogOfSpot, servicesOfSpot, spotOfferKey } from '../../../src/app/servicesOfSpot.ts';
import {
  cartaRevalidacao,
  certidaoComercial,
  cmdAtivacao,
  fixtureSnapshot,
} from '../features/catalog/catalogFixture.ts';

const onlyFixed = { ...certidaoComercial, spotKinds: ['fixed' as const] };
const services = [cartaRevalidacao, cmdAtivacao, onlyFixed];
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('servicesOfSpot', () => {
  it('keeps the services of the spot’s kind; with no list from the hub, all of them', () => {
    expect(ids(servicesOfSpot(services, { kind: 'mobile', serviceIds: null }))).toEqual([
      'carta-revalidacao',
      'cmd-pedido-ativacao',
    ]);
    expect(ids(servicesOfSpot(services, { kind: 'fixed', serviceIds: null }))).toEqual(ids(services));
  });

  it('keeps only the listed services, and of those only the ones its kind may offer', () => {
    const spot = { kind: 'mobile' as const, serviceIds: ['carta-revalidacao', 'certidao-comercial', 'gone'] };
    expect(ids(servicesOfSpot(services, spot))).toEqual(['carta-revalidacao']);
    expect(servicesOfSpot(services, { kind: 'fixed', serviceIds: [] })).toEqual([]);
  });

  it('narrows the snapshot’s lookups too, and names what the spot offers', () => {
    const catalog = catalogOfSpot(fixtureSnapshot(services), {
      kind: 'solidarity',
      serviceIds: ['cmd-pedido-ativacao'],
    });
    expect(ids(catalog.services)).toEqual(['cmd-pedido-ativacao']);
    expect(catalog.serviceById.has('carta-revalidacao')).toBe(false);
    expect(catalog.entities).toHaveLength(2);
    expect(spotOfferKey({ kind: 'mobile', serviceIds: ['b', 'a'] })).toBe(
      spotOfferKey({ kind: 'mobile', serviceIds: ['a', 'b'] }),
    );
    expect(spotOfferKey({ kind: 'mobile', serviceIds: null })).not.toBe(
      spotOfferKey({ kind: 'mobile', serviceIds: [] }),
    );
  });
});
