import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIRTH_DATE_FIELD } from '../../../../src/core/attendance/citizenBirthDate.ts';
import type { Form, Text } from '../../../../src/core/catalog/catalogSchema.ts';
import { formatProblem, validateCatalog } from '../../../../src/core/catalog/validateCatalog.ts';
import type { FormField } from '../../../../src/core/forms/formDefinitionSchema.ts';
import { validateAnswers } from '../../../../src/core/forms/validateAnswers.ts';
import { visibleFields } from '../../../../src/core/forms/visibleFields.ts';

// The forms the hub ships with (server/seed/catalog.json), judged as the app and the hub judge them.
// A path, not a URL: under happy-dom `URL` is happy-dom's, which Node's fs does not take.
const SEED = join(import.meta.dirname, '../../../../server/seed/catalog.json');
const checked = validateCatalog(JSON.parse(readFileSync(SEED, 'utf8')));

function seed() {
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
  return checked.catalog;
}

function form(id: string): Form {
  const found = seed().forms.find((f) => f.id === id);
  if (!found) throw new Error(`no form ${id} in the seed`);
  return found;
}

const fieldsOf = (f: Form) => f.definition.steps.flatMap((step) => step.fields);
const shownIds = (f: Form, answers: Record<string, unknown>) =>
  visibleFields(f.definition, answers).map(({ field }) => field.id);

/** The services whose request has its own form; every other service files the general assisted request. */
const OWN_FORMS = [
  'carta-revalidacao',
  'carta-segunda-via',
  'cc-renovacao',
  'cc-alteracao-morada',
  'registo-criminal',
  'cmd-pedido-ativacao',
  'csi',
  'cesd',
  'certidao-predial',
  'adse-reembolso',
];
const GENERAL_FORM = 'pedido-assistido';

/** Fields that say nothing about the citizen; everything else a form asks is sealed as personal. */
const NOT_PERSONAL = new Set(['collection-place', 'identified-by']);

const ATTACHMENT = ['att-1'];
const HOLDER = { 'full-name': 'Maria da Conceição Canário', nif: '234567899', 'birth-date': '1961-03-14' };
const CONTACTS = {
  address: 'Rua da Escola, 12, 1.º esq.',
  'postal-code': '3270-101',
  locality: 'Pedrógão Grande',
  phone: '912 345 678',
  email: 'maria.canario@example.pt',
};
const PHONE_EMAIL = { phone: CONTACTS.phone, email: CONTACTS.email };
const CC_NUMBER = '12345678 9 ZZ1';
const IBAN = 'PT50 0002 0123 1234 5678 9015 4';

/** What a mediator types for a real request: every field the form shows, in its most asking branch. */
const COMPLETE: Record<string, Record<string, unknown>> = {
  'carta-revalidacao': {
    ...HOLDER,
    'licence-number': 'L-1234567 8',
    'medical-certificate': true,
    'group-two': true,
    'psychological-certificate': ATTACHMENT,
    ...CONTACTS,
  },
  'carta-segunda-via': {
    ...HOLDER,
    'birth-date': '1950-08-09',
    'licence-number': 'AV-123456 7',
    reason: 'stolen',
    'police-report': ATTACHMENT,
    ...CONTACTS,
  },
  'cc-renovacao': {
    'full-name': HOLDER['full-name'],
    'cc-number': CC_NUMBER,
    'birth-date': HOLDER['birth-date'],
    'data-unchanged': true,
    'collection-place': 'Espaço Cidadão de Pedrógão Grande',
    ...PHONE_EMAIL,
  },
  'cc-alteracao-morada': {
    'full-name': HOLDER['full-name'],
    'cc-number': CC_NUMBER,
    'new-address-in': 'portugal',
    'new-address': 'Largo da Devesa, 3',
    'new-postal-code': '3270-023',
    'new-locality': 'Pedrógão Grande',
    ...PHONE_EMAIL,
  },
  'registo-criminal': {
    'full-name': HOLDER['full-name'],
    'birth-date': HOLDER['birth-date'],
    birthplace: 'Pedrógão Grande, Pedrógão Grande',
    nationality: 'Portuguesa',
    'father-name': 'António Canário',
    'mother-name': 'Rosa da Conceição',
    'id-document': 'citizen-card',
    'cc-number': CC_NUMBER,
    purpose: 'work-with-minors',
    activity: 'Auxiliar de ação educativa',
    ...PHONE_EMAIL,
  },
  'cmd-pedido-ativacao': {
    'full-name': 'Ana Paula Ferreira',
    'id-document': 'residence-permit',
    'id-document-number': 'AB1234567',
    'mobile-phone': '+351 963 456 789',
    email: 'ana.ferreira@example.com',
  },
  csi: {
    ...HOLDER,
    'birth-date': '1948-05-02',
    niss: '12345678902',
    'marital-status': 'married',
    'spouse-name': 'Joaquim Canário',
    'spouse-nif': '198765436',
    'spouse-niss': '11987654325',
    'spouse-birth-date': '1946-11-30',
    'income-proof': ['att-1', 'att-2'],
    'residence-certificate': ['att-3'],
    iban: IBAN,
    'iban-proof': ['att-4'],
    ...CONTACTS,
  },
  cesd: {
    'full-name': HOLDER['full-name'],
    niss: '12345678902',
    'address-on-file': false,
    ...CONTACTS,
    'departure-date': '2027-07-01',
  },
  'certidao-predial': {
    'full-name': HOLDER['full-name'],
    nif: HOLDER.nif,
    'identified-by': 'tax-article',
    'property-type': 'urban',
    'tax-article-number': '1234',
    parish: 'Pedrógão Grande',
    municipality: 'Pedrógão Grande',
    caderneta: ATTACHMENT,
    ...PHONE_EMAIL,
  },
  'adse-reembolso': {
    'full-name': HOLDER['full-name'],
    nif: HOLDER.nif,
    'adse-number': '012345678',
    patient: 'family-member',
    'patient-name': 'Joaquim Canário',
    'patient-adse-number': '012345679',
    'expense-kind': 'treatment',
    'expense-date': '2026-10-02',
    'provider-nif': '500000000',
    receipts: ['att-1', 'att-2'],
    prescription: ['att-3'],
    'iban-on-file': false,
    iban: IBAN,
    'iban-proof': ['att-4'],
    ...PHONE_EMAIL,
  },
  [GENERAL_FORM]: {
    'full-name': HOLDER['full-name'],
    nif: HOLDER.nif,
    ...PHONE_EMAIL,
    'request-summary':
      'Pedir a certidão de óbito do marido, para a pensão de sobrevivência da Caixa Geral de Aposentações.',
    documents: ATTACHMENT,
  },
};

describe('the seed catalog’s forms', () => {
  it('validate with the rest of the seed', () => {
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([]);
  });

  it('give each of the ten services its own form and every other service the assisted request', () => {
    const { services, forms } = seed();
    for (const service of services) {
      expect(service.formId, service.id).toBe(OWN_FORMS.includes(service.id) ? service.id : GENERAL_FORM);
    }
    for (const id of OWN_FORMS) expect(form(id)).toMatchObject({ version: 1, serviceId: id });
    expect(form(GENERAL_FORM)).toMatchObject({
      version: 1,
      serviceId: null,
      title: { pt: 'Pedido assistido', en: 'Assisted request' },
    });
    expect(forms.map((f) => f.id).sort()).toEqual([...OWN_FORMS, GENERAL_FORM].sort());
    expect(services.filter((s) => s.formId === GENERAL_FORM).length).toBe(services.length - OWN_FORMS.length);
  });

  it('say everything in Portuguese and in English, not one copied into the other', () => {
    const untranslated: string[] = [];
    const look = (where: string, text: Text | undefined) => {
      if (text && (text.pt.trim() === '' || text.en.trim() === '' || text.pt === text.en)) untranslated.push(where);
    };
    for (const f of seed().forms) {
      look(`${f.id} title`, f.title);
      for (const step of f.definition.steps) {
        look(`${f.id}/${step.id} title`, step.title);
        for (const field of step.fields) {
          look(`${f.id}/${field.id} label`, field.label);
          look(`${f.id}/${field.id} help`, field.help);
          for (const option of field.options ?? []) look(`${f.id}/${field.id}=${option.value}`, option.label);
        }
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('seal everything they ask about the citizen', () => {
    const open = seed().forms.flatMap((f) =>
      fieldsOf(f)
        .filter((field) => !field.personal)
        .map((field) => field.id),
    );
    expect([...new Set(open)].sort()).toEqual([...NOT_PERSONAL].sort());
  });

  describe.each([...OWN_FORMS, GENERAL_FORM])('%s', (id) => {
    const answers = COMPLETE[id] ?? {};

    it('accepts a complete, realistic set of answers', () => {
      // The answers cover exactly the fields the form shows for them, so "complete" means complete.
      expect(Object.keys(answers).sort()).toEqual(shownIds(form(id), answers).sort());
      expect(validateAnswers(form(id).definition, answers)).toEqual({ ok: true });
    });

    it('refuses the answers when any required field showing is left empty, naming that field', () => {
      const required = visibleFields(form(id).definition, answers).filter(({ field }) => field.required);
      expect(required.length).toBeGreaterThan(0);
      for (const { field, step } of required) {
        const { [field.id]: _dropped, ...rest } = answers;
        const result = validateAnswers(form(id).definition, rest);
        expect(result.ok, field.id).toBe(false);
        if (!result.ok) {
          expect(result.errors).toContainEqual(
            expect.objectContaining({ fieldId: field.id, stepId: step.id, code: 'required' }),
          );
        }
      }
    });
  });
});

describe('the driving-licence revalidation form', () => {
  const steps = () => form('carta-revalidacao').definition.steps;
  const shape = (field: FormField) => ({
    id: field.id,
    kind: field.kind,
    required: field.required,
    ...(field.document && { document: field.document }),
  });

  it('asks who, then the licence, then where to send it, with the ids the app relies on', () => {
    const [holder, licence, contacts] = steps();
    expect(holder?.fields.map(shape)).toEqual([
      { id: 'full-name', kind: 'text', required: true },
      { id: 'nif', kind: 'nif', required: true },
      { id: BIRTH_DATE_FIELD, kind: 'date', required: true },
    ]);
    expect(licence?.fields.map(shape)).toEqual(
      expect.arrayContaining([
        { id: 'licence-number', kind: 'document-number', required: true, document: 'other' },
        { id: 'medical-certificate', kind: 'yes-no', required: true },
      ]),
    );
    expect(contacts?.fields.map(shape)).toEqual([
      { id: 'address', kind: 'text', required: true },
      { id: 'postal-code', kind: 'postal-code', required: true },
      { id: 'locality', kind: 'text', required: true },
      { id: 'phone', kind: 'phone', required: false },
      { id: 'email', kind: 'email', required: false },
    ]);
  });

  it('requires nothing else of a blank form than those fields', () => {
    const required = visibleFields(form('carta-revalidacao').definition, {}).filter(({ field }) => field.required);
    expect(required.map(({ field }) => field.id)).toEqual([
      'full-name',
      'nif',
      'birth-date',
      'licence-number',
      'medical-certificate',
      'address',
      'postal-code',
      'locality',
    ]);
  });

  it('accepts a citizen under 60 whose doctor has sent no medical certificate yet', () => {
    const { 'group-two': _g, 'psychological-certificate': _p, ...answers } = COMPLETE['carta-revalidacao'] ?? {};
    const result = validateAnswers(form('carta-revalidacao').definition, {
      ...answers,
      'birth-date': '1985-01-20',
      'medical-certificate': false,
    });
    expect(result).toEqual({ ok: true });
  });
});

describe('the assisted request', () => {
  it('asks who, and what they ask for in up to 2000 characters, with documents if any', () => {
    const fields = new Map(fieldsOf(form(GENERAL_FORM)).map((field) => [field.id, field]));
    expect(fields.get('full-name')).toMatchObject({ kind: 'text', required: true });
    expect(fields.get('nif')).toMatchObject({ kind: 'nif', required: true });
    expect(fields.get('phone')).toMatchObject({ kind: 'phone', required: false });
    expect(fields.get('request-summary')).toMatchObject({ kind: 'text', required: true, maxLength: 2000 });
    expect(fields.get('documents')).toMatchObject({ kind: 'attachment', required: false });
  });

  it('refuses a summary longer than 2000 characters', () => {
    const answers = { ...COMPLETE[GENERAL_FORM], 'request-summary': 'a'.repeat(2001) };
    const result = validateAnswers(form(GENERAL_FORM).definition, answers);
    expect(result.ok ? [] : result.errors.map((e) => `${e.fieldId}: ${e.code}`)).toEqual(['request-summary: too-long']);
  });
});

describe('conditions in the seed forms', () => {
  // Each branch: answers that change the complete set, the fields it shows and the ones it hides; the
  // answers must still pass, so a branch never asks for something it does not show.
  const cases: { form: string; branch: string; answers: Record<string, unknown>; shows: string[]; hides: string[] }[] =
    [
      {
        form: 'carta-revalidacao',
        branch: 'not a group 2 driver',
        answers: { 'group-two': false },
        shows: [],
        hides: ['psychological-certificate'],
      },
      {
        form: 'carta-segunda-via',
        branch: 'lost, not stolen',
        answers: { reason: 'lost' },
        shows: [],
        hides: ['police-report'],
      },
      {
        form: 'cc-alteracao-morada',
        branch: 'moving abroad',
        answers: { 'new-address-in': 'abroad', 'new-country': 'França', 'new-foreign-postal-code': '75011' },
        shows: ['new-country', 'new-foreign-postal-code'],
        hides: ['new-postal-code'],
      },
      {
        form: 'registo-criminal',
        branch: 'another purpose, with a passport',
        answers: {
          purpose: 'other',
          'purpose-other': 'Inscrição numa ordem profissional',
          'id-document': 'passport',
          'id-document-number': 'CB123456',
        },
        shows: ['purpose-other', 'id-document-number'],
        hides: ['activity', 'cc-number'],
      },
      {
        form: 'registo-criminal',
        branch: 'nationality, a free-standing purpose',
        answers: { purpose: 'nationality' },
        shows: [],
        hides: ['activity', 'purpose-other'],
      },
      {
        form: 'cmd-pedido-ativacao',
        branch: 'with a Citizen Card',
        answers: { 'id-document': 'citizen-card', 'cc-number': CC_NUMBER },
        shows: ['cc-number'],
        hides: ['id-document-number'],
      },
      {
        form: 'csi',
        branch: 'widowed',
        answers: { 'marital-status': 'widowed' },
        shows: [],
        hides: ['spouse-name', 'spouse-nif', 'spouse-niss', 'spouse-birth-date'],
      },
      {
        form: 'csi',
        branch: 'in a civil partnership',
        answers: { 'marital-status': 'partner' },
        shows: ['spouse-name', 'spouse-nif', 'spouse-niss', 'spouse-birth-date'],
        hides: [],
      },
      {
        form: 'cesd',
        branch: 'sent to the address on file',
        answers: { 'address-on-file': true },
        shows: [],
        hides: ['address', 'postal-code', 'locality'],
      },
      {
        form: 'certidao-predial',
        branch: 'by registry description',
        answers: { 'identified-by': 'registry-description', 'registry-description-number': '1234/20090312' },
        shows: ['registry-description-number'],
        hides: ['tax-article-number', 'property-type'],
      },
      {
        form: 'adse-reembolso',
        branch: 'the holder’s own expense, refunded to the IBAN on file',
        answers: { patient: 'holder', 'iban-on-file': true },
        shows: [],
        hides: ['patient-name', 'patient-adse-number', 'iban', 'iban-proof'],
      },
    ];

  it.each(cases)('$form, $branch', ({ form: id, answers, shows, hides }) => {
    const all = { ...COMPLETE[id], ...answers };
    const shown = shownIds(form(id), all);
    expect(shown).toEqual(expect.arrayContaining(shows));
    for (const hidden of hides) expect(shown).not.toContain(hidden);
    expect(validateAnswers(form(id).definition, all)).toEqual({ ok: true });
  });

  it('asks for the spouse’s data only once the marital status says there is one', () => {
    const csi = form('csi');
    expect(shownIds(csi, {})).not.toContain('spouse-name');
    const result = validateAnswers(csi.definition, { ...COMPLETE.csi, 'spouse-nif': '' });
    expect(result.ok ? [] : result.errors.map((e) => `${e.fieldId}: ${e.code}`)).toEqual(['spouse-nif: required']);
  });

  it('asks for an IBAN for the ADSE refund only when the one on file is not to be used', () => {
    const adse = form('adse-reembolso');
    const { iban: _iban, ...withoutIban } = COMPLETE['adse-reembolso'] ?? {};
    expect(validateAnswers(adse.definition, { ...withoutIban, 'iban-on-file': true })).toEqual({ ok: true });
    const result = validateAnswers(adse.definition, withoutIban);
    expect(result.ok ? [] : result.errors.map((e) => `${e.fieldId}: ${e.code}`)).toEqual(['iban: required']);
  });

  it('asks for the new address in the Portuguese form only when it is in Portugal', () => {
    const change = form('cc-alteracao-morada');
    const abroad = { ...COMPLETE['cc-alteracao-morada'], 'new-address-in': 'abroad', 'new-postal-code': 'SW1A 1AA' };
    const result = validateAnswers(change.definition, abroad);
    expect(result.ok ? [] : result.errors.map((e) => `${e.fieldId}: ${e.code}`)).toEqual(['new-country: required']);
    const home = validateAnswers(change.definition, { ...abroad, 'new-address-in': 'portugal' });
    expect(home.ok ? [] : home.errors.map((e) => `${e.fieldId}: ${e.code}`)).toEqual([
      'new-postal-code: postal-code-format',
    ]);
  });
});
