import type { Service } from '../../core/catalog/catalogSchema.ts';

/** The services an entity provides or takes part in. */
export function servicesOfEntity(services: readonly Service[], entityId: string): Service[] {
  return services.filter((service) => service.entityId === entityId || service.partnerEntityIds.includes(entityId));
}

/** The services of a life event. */
export function servicesOfLifeEvent(services: readonly Service[], lifeEventId: string): Service[] {
  return services.filter((service) => service.lifeEventIds.includes(lifeEventId));
}
