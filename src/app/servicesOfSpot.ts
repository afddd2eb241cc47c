import type { Service } from '../core/catalog/catalogSchema.ts';
import type { SpotProfile } from '../db/device/deviceProfile.ts';
import type { CatalogSnapshot } from '../features/catalog/catalogSnapshot.ts';

type SpotOffer = Pick<SpotProfile, 'kind' | 'serviceIds'>;

/**
 * The services a spot offers (issue 3, item 1): those its kind of spot may offer, and, when the hub lists
 * the spot's own services, only those. The one place the device's catalog is narrowed to its spot.
 */
export function servicesOfSpot(services: readonly Service[], spot: SpotOffer): Service[] {
  const listed = spot.serviceIds === null ? null : new Set(spot.serviceIds);
  return services.filter((service) => service.spotKinds.includes(spot.kind) && (listed?.has(service.id) ?? true));
}

/**
 * The catalog as this spot's screens and search see it: its services only, and lookups that know no
 * other, so a link to a service the spot does not offer finds "not in this device's catalog".
 */
export function catalogOfSpot(catalog: CatalogSnapshot, spot: SpotOffer): CatalogSnapshot {
  const services = servicesOfSpot(catalog.services, spot);
  return { ...catalog, services, serviceById: new Map(services.map((service) => [service.id, service])) };
}

/** Changes whenever what the spot offers changes: a new search index is built for it. */
export function spotOfferKey(spot: SpotOffer): string {
  return `${spot.kind}:${spot.serviceIds === null ? '*' : [...spot.serviceIds].sort().join(',')}`;
}
