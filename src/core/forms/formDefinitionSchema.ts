// A form as the catalog carries it: declarative JSON the app renders and the hub re-validates, so the
// same definition (and `validateAnswers`) decides what is acceptable on both sides.
import * as v from 'valibot';
import { TextSchema } from '../catalog/textSchema.ts';

export const FIELD_KINDS = [
  'text',
  'number',
  'date',
  'choice',
  'yes-no',
  'nif',
  'niss',
  'postal-code',
  'phone',
  'email',
  'iban',
  'document-number',
  'attachment',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Documents a `document-number` field may ask for; only the Citizen Card's number has a known check. */
export const DOCUMENT_KINDS = ['citizen-card', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const FieldId = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be a lowercase slug starting with a letter (a-z, 0-9, dashes)'),
  v.maxLength(60),
);
const Scalar = v.union([v.string(), v.number(), v.boolean()]);
export type Scalar = v.InferOutput<typeof Scalar>;

/** Show a field only when an earlier field's answer is one value, or one of several. */
export const ShowWhenSchema = v.union([
  v.strictObject({ field: FieldId, equals: Scalar }),
  v.strictObject({ field: FieldId, in: v.pipe(v.array(Scalar), v.minLength(1, 'lists no value')) }),
]);
export type ShowWhen = v.InferOutput<typeof ShowWhenSchema>;

export const ChoiceOptionSchema = v.strictObject({
  value: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  label: TextSchema,
});
export type ChoiceOption = v.InferOutput<typeof ChoiceOptionSchema>;

/** A bound: a number for a `number` field, an ISO date (YYYY-MM-DD) for a `date` field. */
const Bound = v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD'))]);

export const FormFieldSchema = v.strictObject({
  id: FieldId,
  kind: v.picklist(FIELD_KINDS),
  label: TextSchema,
  help: v.optional(TextSchema),
  required: v.boolean(),
  /** Anything about the citizen: the app encrypts it in drafts and seals it in the request. */
  personal: v.boolean(),
  showWhen: v.optional(ShowWhenSchema),
  options: v.optional(v.array(ChoiceOptionSchema)),
  min: v.optional(Bound),
  max: v.optional(Bound),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
  /** For `document-number`: which document; the Citizen Card when absent. */
  document: v.optional(v.picklist(DOCUMENT_KINDS)),
});
export type FormField = v.InferOutput<typeof FormFieldSchema>;

export const FormStepSchema = v.strictObject({
  id: FieldId,
  title: TextSchema,
  fields: v.pipe(v.array(FormFieldSchema), v.minLength(1, 'a step needs at least one field')),
});
export type FormStep = v.InferOutput<typeof FormStepSchema>;

export const FormDefinitionSchema = v.strictObject({
  steps: v.pipe(v.array(FormStepSchema), v.minLength(1, 'a form needs at least one step')),
});
export type FormDefinition = v.InferOutput<typeof FormDefinitionSchema>;
export type FormDefinitionInput = v.InferInput<typeof FormDefinitionSchema>;
