// The catalog's fixed vocabularies, apart from the schema so that screens can use them without
// loading the validation library (it is needed only when a catalog arrives from the hub).

/** Where a citizen can be served: a fixed Espaço Cidadão, the van, or the laptop kit. */
export const SPOT_KINDS = ['fixed', 'mobile', 'solidarity'] as const;
export type SpotKind = (typeof SPOT_KINDS)[number];

/** CPSV-AP channels: assisted at a spot, self-service online, or at the entity's own counter. */
export const CHANNELS = ['spot', 'online', 'counter'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Catalog fields a service can flag as not confirmed by its sources, so the UI can say so. */
export const UNVERIFIABLE_FIELDS = [
  'fees',
  'documents',
  'guide',
  'onlineUrl',
  'legalBasis',
  'exemptions',
  'spotKinds',
  'description',
] as const;

/**
 * What a citizen needs to do a service alone next time (issue 6, item 2): the Chave Móvel Digital, the
 * Citizen Card with a card reader, the Portal das Finanças password, the Segurança Social Direta
 * password, or only a visit in person (a service with no online channel).
 */
export const ALONE_MEANS = ['cmd', 'cc-reader', 'finance-password', 'ss-password', 'in-person'] as const;
export type AloneMeans = (typeof ALONE_MEANS)[number];

/** The key of a form record on the device and in the hub: `id@version`. */
export function formKey(form: { id: string; version: number }): string {
  return `${form.id}@${form.version}`;
}
