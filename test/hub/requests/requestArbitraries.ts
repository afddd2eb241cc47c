import fc from 'fast-check';
import { IDENTITY_DOCUMENTS, PRIORITIES, SPOT_CHANNEL } from '../../../src/core/attendance/attendanceTerms.ts';
import { BIRTH_DATE_FIELD } from '../../../src/core/attendance/citizenBirthDate.ts';
import { localReference } from '../../../src/core/attendance/localReference.ts';
import type { AttachmentRef, RequestPayload } from '../../../src/core/attendance/RequestPayload.ts';
import { ageOnDay, requestFee } from '../../../src/core/attendance/requestFee.ts';
import type { CatalogRecords } from '../../../src/core/catalog/catalogDelta.ts';
import { type Form, formKey, type Service } from '../../../src/core/catalog/catalogSchema.ts';
import { cents } from '../../../src/core/fees/cents.ts';
import { feeVariants } from '../../../src/core/fees/feeFor.ts';
import { DEFAULT_MAX_LENGTH } from '../../../src/core/forms/checkAnswer.ts';
import type { FormField } from '../../../src/core/forms/formDefinitionSchema.ts';
import { citizenCardNumberProblem } from '../../../src/core/forms/validators/isValidCitizenCardNumber.ts';
import { nifCheckDigit } from '../../../src/core/forms/validators/isValidNif.ts';
import { nissCheckDigit } from '../../../src/core/forms/validators/isValidNiss.ts';
import { ptIbanProblem } from '../../../src/core/forms/validators/isValidPtIban.ts';
import { visibleFields } from '../../../src/core/forms/visibleFields.ts';

/** A service and one version of the form it uses: what the app judges a request against. */
export interface Judged {
  service: Service;
  form: Form;
}

/** Every (service, form version) an attendance can start with: the services naming a form, each version. */
export function judgedPairs(catalog: CatalogRecords): Judged[] {
  return catalog.services.flatMap((service) =>
    catalog.forms
      .filter((form) => form.id === service.formId)
      // A counterexample names the pair rather than printing the whole service and form.
      .map((form) => ({ service, form, [fc.toStringMethod]: () => `${service.id} with ${formKey(form)}` })),
  );
}

const allFields = (form: Form) => form.definition.steps.flatMap((step) => step.fields);
const DAY_MS = 86_400_000;

function isoDay(from: string, to: string): fc.Arbitrary<string> {
  const [lo, hi] = [Date.parse(`${from}T00:00:00Z`) / DAY_MS, Date.parse(`${to}T00:00:00Z`) / DAY_MS];
  return fc
    .integer({ min: Math.min(lo, hi), max: Math.max(lo, hi) })
    .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));

/** The only last digit that makes a Citizen Card number's check hold. */
function withCardCheck(first11: string): string {
  for (let d = 0; d <= 9; d++) if (citizenCardNumberProblem(`${first11}${d}`) === null) return `${first11}${d}`;
  throw new Error(`no check digit for ${first11}`);
}

/** PT50, the bank's 19 digits, and the two NIB check digits that make the ISO check hold. */
function withIbanCheck(first19: string): string {
  for (let d = 0; d <= 99; d++) {
    const iban = `PT50${first19}${String(d).padStart(2, '0')}`;
    if (ptIbanProblem(iban) === null) return iban;
  }
  throw new Error(`no check digits for ${first19}`);
}

/** A well-formed, non-blank answer to a field, as the app's inputs may hold it. */
export function validAnswer(field: FormField): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'text':
      // Spaces around it are trimmed by `answerValue`, on both sides alike.
      return fc
        .stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' ]{0,24}$/)
        .map((text) => text.slice(0, field.maxLength ?? DEFAULT_MAX_LENGTH))
        .chain((text) => fc.constantFrom(text, ` ${text} `));
    case 'number': {
      const lo = typeof field.min === 'number' ? Math.ceil(field.min) : 0;
      const hi = typeof field.max === 'number' ? Math.floor(field.max) : lo + 1000;
      const number = lo <= hi ? fc.integer({ min: lo, max: hi }) : fc.constant(lo - 0.5);
      // Typed in an input, a number arrives as text; `answerValue` reads both alike.
      return number.chain((n) => fc.constantFrom<unknown>(n, String(n).replace('.', ',')));
    }
    case 'date': {
      let [lo, hi] = [
        typeof field.min === 'string' ? field.min : '1930-01-01',
        typeof field.max === 'string' ? field.max : '2026-12-31',
      ];
      // A birth date that gives an age the fee rules can use.
      if (field.id === BIRTH_DATE_FIELD)
        [lo, hi] = [lo < '1925-01-01' ? '1925-01-01' : lo, hi > '2010-12-31' ? '2010-12-31' : hi];
      return isoDay(lo, hi);
    }
    case 'choice':
      return fc.constantFrom(...(field.options ?? []).map((option) => option.value));
    case 'yes-no':
      return fc.boolean();
    case 'nif':
      return fc
        .tuple(fc.constantFrom('1', '2', '3', '5'), digits(7))
        .map(([kind, rest]) => `${kind}${rest}${nifCheckDigit(`${kind}${rest}`)}`);
    case 'niss':
      return digits(9).map((rest) => `1${rest}${nissCheckDigit(`1${rest}`)}`);
    case 'postal-code':
      return fc.stringMatching(/^[1-9]\d{3}-\d{3}$/);
    case 'phone':
      return fc
        .tuple(fc.stringMatching(/^(?:9[1236]|2\d)\d{7}$/), fc.constantFrom('', '+351 '))
        .map(([n, p]) => `${p}${n}`);
    case 'email':
      return fc.stringMatching(/^[a-z]{1,10}(?:\.[a-z]{1,5})?@[a-z]{2,10}\.(?:pt|com)$/);
    case 'iban':
      return digits(19).map(withIbanCheck);
    case 'document-number':
      return field.document === 'other'
        ? fc.stringMatching(/^[A-Z]{2}\d{6}$/)
        : fc
            .tuple(digits(9), fc.stringMatching(/^[A-Z0-9]{2}$/))
            .map(([n, version]) => withCardCheck(`${n}${version}`));
    case 'attachment':
      return fc.uniqueArray(fc.uuid({ version: 4 }), { minLength: 1, maxLength: 2 });
  }
}

const VALID_NIF = '123456789';
const VALID_NISS = `1234567890${nissCheckDigit('1234567890')}`;
const VALID_IBAN = withIbanCheck('0002012312345678901');
const VALID_CARD = withCardCheck('123456789ZZ');
const changedLast = (value: string) => `${value.slice(0, -1)}${(Number(value.at(-1)) + 1) % 10}`;

/** A wrong answer to a field, one of several by `pick`: each is refused by `validateAnswers`. */
export function badAnswer(field: FormField, pick: number): unknown {
  const one = <T>(...values: T[]) => values[pick % values.length];
  switch (field.kind) {
    case 'text':
      return one<unknown>('x'.repeat((field.maxLength ?? DEFAULT_MAX_LENGTH) + 1), 42);
    case 'number':
      return one<unknown>(
        'muitos',
        typeof field.min === 'number' ? field.min - 1 : true,
        typeof field.max === 'number' ? `${field.max + 1}` : 'dez',
      );
    case 'date':
      return one<unknown>('2025-02-29', '21/09/2026', typeof field.min === 'string' ? '1899-12-31' : 20260921);
    case 'choice':
      return one<unknown>('opcao-que-nao-ha', true);
    case 'yes-no':
      return one<unknown>('sim', 1);
    case 'nif':
      return one<unknown>(changedLast(VALID_NIF), '12345678', `4${'1234567'}${nifCheckDigit('41234567')}`, 123456789);
    case 'niss':
      return one(changedLast(VALID_NISS), `3${VALID_NISS.slice(1)}`, VALID_NISS.slice(0, 10));
    case 'postal-code':
      return one('1000123', '0123-456', '1000-12', 'AAAA-AAA');
    case 'phone':
      return one('12345', '812345678', '+44 912345678');
    case 'email':
      return one('maria', 'maria@', 'maria@localhost');
    case 'iban':
      return one(changedLast(VALID_IBAN), `PT51${VALID_IBAN.slice(4)}`, 'ES9121000418450200051332');
    case 'document-number':
      return field.document === 'other' ? one('!', '-AB-') : one(changedLast(VALID_CARD), 'ABC');
    case 'attachment':
      return one<unknown>([''], 42);
  }
}

/** A request the app would complete for `judged`: the form's answers, its fee by the catalog, paid if due. */
export function validRequest({ service, form }: Judged): fc.Arbitrary<RequestPayload> {
  const fields = allFields(form);
  const answers = fc.tuple(
    ...fields.map((field) =>
      field.required ? validAnswer(field) : fc.option(validAnswer(field), { nil: undefined, freq: 3 }),
    ),
  );
  const variants = feeVariants(service, SPOT_CHANNEL).map((rule) => rule.variant);
  return fc
    .record({
      requestId: fc.uuid({ version: 4 }),
      deviceId: fc.uuid({ version: 4 }),
      mediatorId: fc.uuid({ version: 4 }),
      answers,
      day: isoDay('2026-01-01', '2027-12-31'),
      variant: fc.constantFrom(null, ...variants),
      exemptionId: fc.option(fc.constantFrom(null, ...service.exemptions.map((e) => e.id)), { nil: null, freq: 4 }),
      // The age the mediator typed before the form (eligibility facts), when the form does not ask it.
      typedAge: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 5 }),
      payment: fc.oneof(
        fc.constant({ method: 'cash' as const }),
        fc.constant({ method: 'card-terminal' as const }),
        fc.record({ method: fc.constant('multibanco-reference' as const), entity: digits(5), reference: digits(9) }),
      ),
      identity: fc.record({
        document: fc.constantFrom(...IDENTITY_DOCUMENTS),
        last4: fc.stringMatching(/^[0-9A-Z]{4}$/),
      }),
      priority: fc.constantFrom(null, ...PRIORITIES),
      brought: fc.subarray(service.documents.map((d) => d.id)),
      replaces: fc.option(fc.uuid({ version: 4 }), { nil: null, freq: 5 }),
      contentKey: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      digest: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      startedAt: fc.integer({ min: 1_767_225_600_000, max: 1_830_000_000_000 }),
      minutes: fc.integer({ min: 1, max: 90 }),
    })
    .map((r): RequestPayload => {
      const all: Record<string, unknown> = {};
      fields.forEach((field, i) => {
        if (r.answers[i] !== undefined) all[field.id] = r.answers[i];
      });
      // As the app keeps them: only what the citizen was asked.
      const visible = visibleFields(form.definition, all);
      const kept = Object.fromEntries(
        visible.filter(({ field }) => field.id in all).map(({ field }) => [field.id, all[field.id]]),
      );
      const attachments: AttachmentRef[] = visible.flatMap(({ field }) => {
        const ids = kept[field.id];
        return field.kind === 'attachment' && Array.isArray(ids)
          ? ids.map((id: string) => ({ id, fieldId: field.id, type: 'image/jpeg', bytes: 50_000, digest: r.digest }))
          : [];
      });
      const birthDate = kept[BIRTH_DATE_FIELD];
      const age = typeof birthDate === 'string' ? ageOnDay(birthDate.trim(), r.day) : r.typedAge;
      const choice = { variant: r.variant, exemptionId: r.exemptionId, age };
      // A fee the catalog cannot say is kept as chosen: the app's check refuses it as fee-unknown.
      const fee = requestFee(service, choice).fee ?? { ...choice, amountCents: 0, split: [] };
      return {
        v: 1,
        requestId: r.requestId,
        localRef: localReference(r.requestId),
        deviceId: r.deviceId,
        spotId: 'ecm-ensaio',
        mediatorId: r.mediatorId,
        serviceId: service.id,
        form: { id: form.id, version: form.version },
        priority: r.priority,
        answers: kept,
        identity: r.identity,
        fee,
        payment: fee.amountCents > 0 ? r.payment : null,
        brought: r.brought,
        replaces: r.replaces,
        attachments,
        contentKey: r.contentKey,
        consentAt: r.startedAt + r.minutes * 60_000,
        startedAt: r.startedAt,
        completedAt: r.startedAt + r.minutes * 60_000 + 5_000,
        day: r.day,
      };
    });
}

type Mutate = (p: RequestPayload, pick: number, judged: Judged) => void;

const at = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(list.length, 1)];
const visibleOf = (p: RequestPayload, { form }: Judged) =>
  visibleFields(form.definition, p.answers).map((v) => v.field);

/**
 * What can go wrong in a request, each a change to a completed one. The first group makes the app
 * refuse it (when the request has what it changes); the second changes nothing the app judges, so the
 * hub must not refuse it either.
 */
export const MUTATIONS = {
  'drop-required': (p, pick, judged) => {
    const field = at(
      visibleOf(p, judged).filter((f) => f.required),
      pick,
    );
    if (field) p.answers[field.id] = at<unknown>([undefined, '', '  ', null, []], pick);
    if (field && p.answers[field.id] === undefined) delete p.answers[field.id];
  },
  'break-field': (p, pick, judged) => {
    const field = at(visibleOf(p, judged), pick);
    if (field) p.answers[field.id] = badAnswer(field, Math.floor(pick / 7));
  },
  'break-identifier': (p, pick, judged) => {
    const kinds = ['nif', 'niss', 'iban', 'postal-code'];
    const field = at(
      visibleOf(p, judged).filter((f) => kinds.includes(f.kind)),
      pick,
    );
    if (field) p.answers[field.id] = badAnswer(field, Math.floor(pick / 3));
  },
  'fee-amount': (p, pick) => {
    p.fee.amountCents += 1 + (pick % 500);
  },
  'fee-waived-unasked': (p) => {
    p.fee = { ...p.fee, amountCents: 0, split: [] };
    p.payment = null;
  },
  'split-shifted': (p) => {
    const [first, second, ...rest] = p.fee.split;
    if (first && second && first.amountCents > 0) {
      p.fee.split = [
        { ...first, amountCents: cents(first.amountCents - 1) },
        { ...second, amountCents: cents(second.amountCents + 1) },
        ...rest,
      ];
    } else p.fee.split = [{ entityId: 'imt', amountCents: cents(p.fee.amountCents) }];
  },
  'split-dropped': (p) => {
    p.fee.split = [];
  },
  'split-reordered': (p) => {
    p.fee.split = [...p.fee.split].reverse();
  },
  'fee-age': (p, pick) => {
    p.fee.age = (p.fee.age ?? 60) + 1 + (pick % 15);
  },
  'fee-variant-unknown': (p) => {
    p.fee.variant = 'variante-que-nao-ha';
  },
  'fee-exemption-unpriced': (p, pick, { service }) => {
    const exemption = at(service.exemptions, pick);
    if (exemption) p.fee.exemptionId = exemption.id;
  },
  'payment-missing': (p) => {
    p.payment = null;
  },
  'payment-cash': (p) => {
    p.payment = { method: 'cash' };
  },
  'multibanco-bad': (p, pick) => {
    p.payment = {
      method: 'multibanco-reference',
      entity: at(['1234', 'ABCDE', '21312'], pick) ?? '',
      reference: at(['123456789', '12345678', '123 456 789'], Math.floor(pick / 3)) ?? '',
    };
  },
  'identity-last4': (p, pick) => {
    p.identity = { ...p.identity, last4: at(['AB1', 'ab12', 'ABCDE', '', 'A-12', '4zy0'], pick) ?? '' };
  },
  'attachment-unlisted': (p, pick) => {
    p.attachments = p.attachments.filter((_a, i) => i !== pick % Math.max(p.attachments.length, 1));
  },
  'attachment-answer-unlisted': (p, pick, judged) => {
    const field = at(
      visibleOf(p, judged).filter((f) => f.kind === 'attachment' && Array.isArray(p.answers[f.id])),
      pick,
    );
    if (field) p.answers[field.id] = [...(p.answers[field.id] as string[]), 'nao-listado'];
  },
  'consent-missing': (p) => {
    p.consentAt = 0;
  },
  // The app ignores these: the hub must too.
  'answer-hidden': (p, pick, judged) => {
    const shown = new Set(visibleOf(p, judged).map((f) => f.id));
    const field = at(
      allFields(judged.form).filter((f) => !shown.has(f.id)),
      pick,
    );
    if (field) p.answers[field.id] = pick % 2 === 0 ? badAnswer(field, pick) : 'resposta';
  },
  'answer-unknown-field': (p) => {
    p.answers['campo-que-nao-existe'] = 'resposta';
  },
  'attachment-extra-listed': (p) => {
    p.attachments = [
      ...p.attachments,
      { id: 'extra', fieldId: 'campo-que-nao-existe', type: 'image/webp', bytes: 1, digest: p.contentKey },
    ];
  },
  'priority-and-documents': (p) => {
    p.priority = p.priority === null ? 'pregnancy' : null;
    p.brought = [];
  },
} satisfies Record<string, Mutate>;

export type MutationName = keyof typeof MUTATIONS;
export const MUTATION_NAMES = Object.keys(MUTATIONS) as MutationName[];
/** The mutations that never change what the app says of a request. */
export const HARMLESS: readonly MutationName[] = [
  'answer-hidden',
  'answer-unknown-field',
  'attachment-extra-listed',
  'priority-and-documents',
];

/** A copy of `payload` with the mutations applied in order. */
export function mutated(
  payload: RequestPayload,
  mutations: readonly { name: MutationName; pick: number }[],
  judged: Judged,
): RequestPayload {
  const copy = structuredClone(payload);
  for (const { name, pick } of mutations) (MUTATIONS[name] as Mutate)(copy, pick, judged);
  return copy;
}

/** A case for the property: a pair, a request the app would complete for it, and up to 3 mutations. */
export function requestCase(pairs: readonly Judged[]) {
  // Built once per pair: building an arbitrary (its regular expressions) costs more than drawing from it.
  const requests = new Map(pairs.map((judged) => [judged, validRequest(judged)]));
  return fc.constantFrom(...pairs).chain((judged) =>
    fc
      .record({
        payload: requests.get(judged) ?? validRequest(judged),
        mutations: fc.array(fc.record({ name: fc.constantFrom(...MUTATION_NAMES), pick: fc.nat(1000) }), {
          maxLength: 3,
        }),
      })
      .map(({ payload, mutations }) => ({ judged, mutations, payload: mutated(payload, mutations, judged) })),
  );
}
