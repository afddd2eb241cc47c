// The catalog's records, shaped on the EU Core Public Service Vocabulary (CPSV-AP) as the official
// Catálogo de Entidades e Serviços (amagovpt/CES) uses it, so the catalog could later be fed from CES.
// One schema gives both the types and the validation the hub runs on import and the device runs on
// every download (valibot: typed schemas with a path to the field at fault, small enough for the app).
import * as v from 'valibot';
import { FormDefinitionSchema } from '../forms/formDefinitionSchema.ts';
import { ALONE_MEANS, CHANNELS, SPOT_KINDS, UNVERIFIABLE_FIELDS } from './catalogTerms.ts';
import { TextSchema } from './textSchema.ts';

export {
  ALONE_MEANS,
  type AloneMeans,
  CHANNELS,
  type Channel,
  formKey,
  SPOT_KINDS,
  type SpotKind,
  UNVERIFIABLE_FIELDS,
} from './catalogTerms.ts';

export { type Text, TextSchema } from './textSchema.ts';

const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, dashes)'),
  v.maxLength(80),
);
const WebUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'must be an http(s) URL'));
const Words = v.array(v.pipe(v.string(), v.trim(), v.nonEmpty()));

export const EntitySchema = v.strictObject({
  id: Slug,
  acronym: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(20)),
  name: TextSchema,
  url: v.nullable(WebUrl),
  sourceUrls: v.array(WebUrl),
  unverified: v.optional(v.boolean(), false),
});
export type Entity = v.InferOutput<typeof EntitySchema>;

/** A life event (CPSV-AP "Event"): how citizens think of what they need, before they know the service. */
export const LifeEventSchema = v.strictObject({
  id: Slug,
  name: TextSchema,
  order: v.pipe(v.number(), v.integer()),
});
export type LifeEvent = v.InferOutput<typeof LifeEventSchema>;

/** A document the citizen must (or may) bring. */
export const DocumentSchema = v.strictObject({
  id: Slug,
  name: TextSchema,
  note: v.optional(TextSchema),
  optional: v.optional(v.boolean(), false),
});
export type Document = v.InferOutput<typeof DocumentSchema>;

const Age = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(130));

/**
 * One price of a service on one channel. A service may have several variants (a 10-year card and a
 * 5-year card, normal and urgent); within a variant, a rule with an age bound is more specific than one
 * without ("half at 70+"). `amountCents` 0 means free; a service with no rule for a channel has no
 * known fee there.
 */
export const FeeRuleSchema = v.pipe(
  v.strictObject({
    channel: v.picklist(CHANNELS),
    variant: v.optional(Slug, 'standard'),
    label: TextSchema,
    amountCents: v.pipe(v.number(), v.integer('must be whole cents'), v.minValue(0), v.maxValue(10_000_000)),
    minAge: v.optional(Age),
    maxAge: v.optional(Age),
    note: v.optional(TextSchema),
    unverified: v.optional(v.boolean(), false),
  }),
  v.check((r) => r.minAge === undefined || r.maxAge === undefined || r.minAge <= r.maxAge, 'minAge is above maxAge'),
);
export type FeeRule = v.InferOutput<typeof FeeRuleSchema>;

/** A case in which the fee is waived (a disaster, a purpose the law exempts). */
export const ExemptionSchema = v.strictObject({
  id: Slug,
  label: TextSchema,
  legalBasis: v.optional(v.string()),
  unverified: v.optional(v.boolean(), false),
});
export type Exemption = v.InferOutput<typeof ExemptionSchema>;

/** Who receives which share of a paid fee, in basis points (90 % = 9000); the parts add up to 10000. */
export const SplitShareSchema = v.strictObject({
  entityId: Slug,
  basisPoints: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
});
export type SplitShare = v.InferOutput<typeof SplitShareSchema>;

/**
 * A teach-back question (issue 6, item 2): the mediator asks it at the end, the citizen answers in their
 * own words; `answer` is what a good answer says, for the mediator to judge by.
 */
export const TeachBackSchema = v.strictObject({
  question: TextSchema,
  answer: TextSchema,
});
export type TeachBack = v.InferOutput<typeof TeachBackSchema>;

export const ServiceSchema = v.pipe(
  v.strictObject({
    id: Slug,
    entityId: Slug,
    partnerEntityIds: v.optional(v.array(Slug), []),
    name: TextSchema,
    description: TextSchema,
    keywords: v.strictObject({ pt: Words, en: Words }),
    lifeEventIds: v.array(Slug),
    documents: v.array(DocumentSchema),
    fees: v.array(FeeRuleSchema),
    exemptions: v.optional(v.array(ExemptionSchema), []),
    split: v.optional(v.array(SplitShareSchema), []),
    /** The steps as a citizen does them alone, in plain words (the take-home guide prints them). */
    guide: v.array(TextSchema),
    onlineUrl: v.nullable(WebUrl),
    /** What the citizen needs to do it alone next time; empty when the catalog does not say. */
    aloneWith: v.optional(v.array(v.picklist(ALONE_MEANS)), []),
    /** Two or three questions for the end of the attendance; none when the catalog has none yet. */
    teachBack: v.optional(v.pipe(v.array(TeachBackSchema), v.maxLength(3, 'at most 3 teach-back questions')), []),
    legalBasis: v.optional(v.array(v.pipe(v.string(), v.nonEmpty())), []),
    sourceUrls: v.pipe(v.array(WebUrl), v.minLength(1, 'a service needs at least one source')),
    verifiedAt: v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD')),
    spotKinds: v.pipe(v.array(v.picklist(SPOT_KINDS)), v.minLength(1, 'offered by no kind of spot')),
    unverified: v.optional(v.array(v.picklist(UNVERIFIABLE_FIELDS)), []),
    formId: v.optional(v.nullable(Slug), null),
  }),
  v.forward(
    v.check(
      (s) => s.split.length === 0 || s.split.reduce((sum, part) => sum + part.basisPoints, 0) === 10_000,
      'the shares must add up to 100 % (10000 basis points)',
    ),
    ['split'],
  ),
);
export type Service = v.InferOutput<typeof ServiceSchema>;

/**
 * A form definition, immutable per (id, version): a new version is a new record, and old versions stay
 * while a draft or a queued request uses them. The definition is src/core/forms' declarative form.
 */
export const FormSchema = v.strictObject({
  id: Slug,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /**
   * The one service this form is for, or `null` for a shared form (the general "assisted request"):
   * then it serves every service whose `formId` names it, so ~40 services need not carry 40 copies.
   */
  serviceId: v.nullable(Slug),
  title: TextSchema,
  definition: FormDefinitionSchema,
});
export type Form = v.InferOutput<typeof FormSchema>;

/** A whole catalog as a coordinator writes it in a file for `npm run hub -- import-catalog`. */
export const CatalogFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  entities: v.array(EntitySchema),
  lifeEvents: v.array(LifeEventSchema),
  services: v.array(ServiceSchema),
  forms: v.optional(v.array(FormSchema), []),
});
export type CatalogFile = v.InferOutput<typeof CatalogFileSchema>;
export type CatalogInput = v.InferInput<typeof CatalogFileSchema>;
