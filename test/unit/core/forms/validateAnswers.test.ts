import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../../src/core/forms/validateAnswers.ts';
import { visibleFields } from '../../../../src/core/forms/visibleFields.ts';
import { field, licenceForm, step } from './formFixture.ts';

const complete = {
  name: 'Maria Alves',
  nif: '123456789',
  age: 72,
  'over-seventy': true,
  'medical-certificate': 'att-1',
  'contact-by': 'phone',
  phone: '912 345 678',
};

const codes = (answers: Record<string, unknown>) => {
  const result = validateAnswers(licenceForm(), answers);
  return result.ok ? [] : result.errors.map((e) => `${e.stepId}/${e.fieldId}: ${e.code}`);
};

describe('visibleFields', () => {
  it('shows a conditional field only when the earlier answer matches', () => {
    const ids = (answers: Record<string, unknown>) => visibleFields(licenceForm(), answers).map((v) => v.field.id);
    expect(ids({ 'over-seventy': false, 'contact-by': 'email' })).toEqual([
      'name',
      'nif',
      'age',
      'over-seventy',
      'contact-by',
      'email',
      'postal-code',
      'licence-expiry',
    ]);
    expect(ids({ 'over-seventy': true })).toContain('medical-certificate');
    expect(ids({})).not.toContain('phone');
  });

  it('hides what depends on a hidden field, whatever that field still holds', () => {
    const form = {
      steps: [
        step('a', [
          field('has-child', { kind: 'yes-no' }),
          field('child-name', { showWhen: { field: 'has-child', equals: true } }),
          field('child-nif', { kind: 'nif', personal: true, showWhen: { field: 'child-name', equals: 'Rui' } }),
        ]),
      ],
    };
    const ids = visibleFields(form, { 'has-child': false, 'child-name': 'Rui' }).map((v) => v.field.id);
    expect(ids).toEqual(['has-child']);
  });
});

describe('validateAnswers', () => {
  it('accepts a complete, well-formed request', () => {
    expect(validateAnswers(licenceForm(), complete)).toEqual({ ok: true });
  });

  it('does not ask for a required field its condition hides', () => {
    const { 'medical-certificate': _, ...rest } = complete;
    expect(codes({ ...rest, 'over-seventy': false })).toEqual([]);
    expect(codes({ ...rest, 'over-seventy': true })).toEqual(['citizen/medical-certificate: required']);
  });

  it('does not judge what a hidden field still holds', () => {
    expect(codes({ ...complete, 'contact-by': 'phone', email: 'not an email' })).toEqual([]);
  });

  it('refuses an invalid NIF with a message that says how to fix it', () => {
    const result = validateAnswers(licenceForm(), { ...complete, nif: '123456780' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          fieldId: 'nif',
          stepId: 'citizen',
          code: 'nif-check-digit',
          message: {
            pt: 'O NIF tem 9 algarismos e o último não confere: verifique se foi bem escrito.',
            en: 'The NIF has 9 digits and the last one does not match: check it was typed correctly.',
          },
        },
      ],
    });
  });

  it('refuses a choice outside its options', () => {
    expect(codes({ ...complete, 'contact-by': 'fax' })).toEqual(['contacts/contact-by: not-an-option']);
  });

  it('holds numbers and dates to their bounds, and takes a number typed as text', () => {
    expect(codes({ ...complete, age: 15 })).toEqual(['citizen/age: below-min']);
    expect(codes({ ...complete, age: '72' })).toEqual([]);
    expect(codes({ ...complete, age: '72 anos' })).toEqual(['citizen/age: not-a-number']);
    expect(codes({ ...complete, 'licence-expiry': '1999-12-31' })).toEqual(['contacts/licence-expiry: before-min']);
    expect(codes({ ...complete, 'licence-expiry': '2025-02-29' })).toEqual(['contacts/licence-expiry: not-a-date']);
    expect(codes({ ...complete, 'licence-expiry': '2028-02-29' })).toEqual([]);
  });

  it('tells which bound was crossed, in both languages', () => {
    const result = validateAnswers(licenceForm(), { ...complete, 'licence-expiry': '1999-12-31' });
    expect(result.ok ? null : result.errors[0]?.message).toEqual({
      pt: 'A data não pode ser anterior a 01/01/2000: corrija-a.',
      en: 'The date cannot be before 2000-01-01: correct it.',
    });
  });

  it('lists every problem in the order of the form, for the summary at the top', () => {
    expect(codes({ 'over-seventy': 'sim', 'contact-by': 'email', email: 'maria@', 'postal-code': '1000 001' })).toEqual(
      [
        'citizen/name: required',
        'citizen/nif: required',
        'citizen/age: required',
        'citizen/over-seventy: not-yes-no',
        'contacts/email: email-format',
        'contacts/postal-code: postal-code-format',
      ],
    );
  });

  it('treats blank text as no answer, but false as an answer', () => {
    expect(codes({ ...complete, name: '   ' })).toEqual(['citizen/name: required']);
    expect(codes({ ...complete, 'over-seventy': false })).toEqual([]);
    expect(codes({ ...complete, name: 'x'.repeat(121) })).toEqual(['citizen/name: too-long']);
  });

  it('checks the kind of every other field', () => {
    const form = {
      steps: [
        step('a', [
          field('niss', { kind: 'niss', personal: true }),
          field('iban', { kind: 'iban', personal: true }),
          field('cc', { kind: 'document-number', personal: true }),
          field('passport', { kind: 'document-number', personal: true, document: 'other' }),
        ]),
      ],
    };
    const good = {
      niss: '12345678902',
      iban: 'PT50 0002 0123 1234 5678 9015 4',
      cc: '12345678 9 ZZ1',
      passport: 'CB123456',
    };
    expect(validateAnswers(form, good)).toEqual({ ok: true });
    const bad = validateAnswers(form, { niss: '12345678901', iban: 'PT50 1', cc: '12345678 9 ZZ2', passport: '#' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.code)).toEqual([
      'niss-check-digit',
      'iban-format',
      'document-number-check-digit',
      'document-number-format',
    ]);
  });
});
