// The shape of a `RequestPayload` (v1) as the hub reads it out of a seal: the payload's TypeScript type,
// checked, with a bound on every length and number so that an oversized or odd payload is refused before
// any rule runs. Only the shape: whether the answers, the fee, the payment and the identity are right is
// `checkRequest`'s to say, so that the hub refuses exactly what the app refuses. A bound here is never
// tighter than what the app can produce from a catalog that passed `validateCatalog`.
import * as v from 'valibot';
import { cents } from '../fees/cents.ts';
import type { SplitPart } from '../fees/splitFee.ts';
import { isIsoDate } from '../forms/checkAnswer.ts';
import { IDENTITY_DOCUMENTS, PRIORITIES } from './attendanceTerms.ts';
import type { RequestPayload } from './RequestPayload.ts';

/** The catalog's slugs (services, forms, documents, variants, exemptions, entities, spots). */
const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(80));
/** A form's field id, as `FormFieldSchema` allows it. */
const FieldId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/), v.maxLength(60));
/** Ids made with `crypto.randomUUID()`: requests, devices, mediators. */
const Uuid = v.pipe(v.string(), v.uuid());
/** The SHA-256 of an attachment's ciphertext, and a raw AES-256 key: 32 bytes, base64url without padding. */
const Base64url32 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));
/** Epoch milliseconds: 0 (not set) up to the year 2100, as a device clock may say. */
const EpochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(4_102_444_800_000));
/** The largest fee a catalog rule can hold (`FeeRuleSchema`). */
const Amount = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(10_000_000));

/** Crockford's base 32 as `localReference` writes it: "7K3M-Q9TZ". */
const LocalRef = v.pipe(v.string(), v.regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/));

/**
 * One answer as a form's inputs give it: text (a text field takes up to 10,000 characters, and may
 * carry spaces around them that `answerValue` trims), a number, yes/no, nothing, or attachment ids.
 * What the value must be for its field is `validateAnswers`' to judge.
 */
const Answer = v.union([
  v.pipe(v.string(), v.maxLength(20_000)),
  v.number(),
  v.boolean(),
  v.null(),
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(128))), v.maxLength(50)),
]);

const AttachmentRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,128}$/)),
  fieldId: FieldId,
  type: v.picklist(['image/jpeg', 'image/webp']),
  // Images are shrunk before they are stored; 25 MiB is far above any shrunk scan.
  bytes: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(25 * 1024 * 1024)),
  digest: Base64url32,
});

const SplitPartSchema = v.pipe(
  v.strictObject({ entityId: Slug, amountCents: Amount }),
  v.transform((part): SplitPart => ({ entityId: part.entityId, amountCents: cents(part.amountCents) })),
);

const PaymentSchema = v.variant('method', [
  v.strictObject({ method: v.picklist(['cash', 'card-terminal']) }),
  // As typed, before `checkPayment` says whether it is 5 + 9 digits.
  v.strictObject({
    method: v.literal('multibanco-reference'),
    entity: v.pipe(v.string(), v.maxLength(32)),
    reference: v.pipe(v.string(), v.maxLength(32)),
  }),
]);

const PayloadSchema = v.strictObject({
  v: v.literal(1),
  requestId: Uuid,
  localRef: LocalRef,
  deviceId: Uuid,
  spotId: v.pipe(Slug, v.maxLength(64)),
  mediatorId: Uuid,
  serviceId: Slug,
  form: v.strictObject({ id: Slug, version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)) }),
  priority: v.nullable(v.picklist(PRIORITIES)),
  answers: v.pipe(v.record(FieldId, Answer), v.maxEntries(500)),
  identity: v.strictObject({
    document: v.picklist(IDENTITY_DOCUMENTS),
    // As kept, before `checkIdentity` says whether it is 4 letters or digits.
    last4: v.pipe(v.string(), v.maxLength(16)),
  }),
  fee: v.strictObject({
    amountCents: Amount,
    variant: v.nullable(Slug),
    exemptionId: v.nullable(Slug),
    // Whole years, from a birth date with a four-digit year: an age `validateCatalog` bounds at 130
    // could still come from a form whose birth date has no lower bound.
    age: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(9999))),
    split: v.pipe(v.array(SplitPartSchema), v.maxLength(20)),
  }),
  payment: v.nullable(PaymentSchema),
  brought: v.pipe(v.array(Slug), v.maxLength(100)),
  replaces: v.nullable(Uuid),
  attachments: v.pipe(v.array(AttachmentRefSchema), v.maxLength(50)),
  contentKey: Base64url32,
  consentAt: EpochMs,
  startedAt: EpochMs,
  completedAt: EpochMs,
  day: v.pipe(
    v.string(),
    v.check((day) => isIsoDate(day)),
  ),
});

/** Typed by `RequestPayload` itself, so the schema and the type cannot drift apart unnoticed. */
export const RequestPayloadSchema: v.GenericSchema<v.InferInput<typeof PayloadSchema>, RequestPayload> = PayloadSchema;
