import type { Service, UNVERIFIABLE_FIELDS } from '../../core/catalog/catalogSchema.ts';

type UnverifiableField = (typeof UNVERIFIABLE_FIELDS)[number];

/** The catalog says this field of the service was not confirmed at its official source. */
export function isUnverified(service: Service, field: UnverifiableField): boolean {
  return service.unverified.includes(field);
}

/** Any of the service's prices is unconfirmed: the whole field, or one rule of it. */
export function feesUnverified(service: Service): boolean {
  return isUnverified(service, 'fees') || service.fees.some((rule) => rule.unverified);
}

/** Something on the service's page carries a "Por confirmar" badge, so the page explains it. */
export function anyUnverified(service: Service): boolean {
  return (
    service.unverified.length > 0 ||
    service.fees.some((rule) => rule.unverified) ||
    service.exemptions.some((exemption) => exemption.unverified)
  );
}
