import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../../src/core/forms/formDefinitionSchema.ts';
import { validateFormDefinition } from '../../../../src/core/forms/validateFormDefinition.ts';
import { field, licenceForm, step } from './formFixture.ts';

const problemsOf = (definition: unknown) => {
  const result = validateFormDefinition(definition);
  return result.ok ? [] : result.problems;
};

describe('validateFormDefinition', () => {
  it('accepts a well-formed form as JSON would bring it', () => {
    const result = validateFormDefinition(JSON.parse(JSON.stringify(licenceForm())));
    expect(result).toEqual({ ok: true, definition: licenceForm() });
  });

  it('names the field of a shape error', () => {
    const form = JSON.parse(JSON.stringify(licenceForm()));
    form.steps[1].fields[0].kind = 'checkbox';
    form.steps[0].fields[0].label = { pt: 'Nome' };
    const paths = problemsOf(form).map((p) => p.path);
    expect(paths).toContain('steps[1].fields[0].kind');
    expect(paths).toContain('steps[0].fields[0].label.en');
  });

  it('refuses a field id used twice, even in different steps', () => {
    const form: FormDefinition = { steps: [step('a', [field('nome')]), step('b', [field('nome')])] };
    expect(problemsOf(form)).toEqual([{ path: 'steps[1].fields[0].id', message: 'duplicate field id "nome"' }]);
  });

  it('refuses a condition on a later field, on itself, or on a field that does not exist', () => {
    const later: FormDefinition = {
      steps: [step('a', [field('x', { showWhen: { field: 'y', equals: 'sim' } }), field('y')])],
    };
    expect(problemsOf(later)).toEqual([
      { path: 'steps[0].fields[0].showWhen.field', message: '"y" is not a field before this one' },
    ]);
    const itself: FormDefinition = { steps: [step('a', [field('x', { showWhen: { field: 'x', equals: 'a' } })])] };
    expect(problemsOf(itself)).toHaveLength(1);
    const missing: FormDefinition = { steps: [step('a', [field('x', { showWhen: { field: 'z', in: ['a'] } })])] };
    expect(problemsOf(missing)).toHaveLength(1);
  });

  it('refuses a condition that can never hold', () => {
    const form = licenceForm();
    const phone = form.steps[1]?.fields[1];
    if (phone) phone.showWhen = { field: 'contact-by', equals: 'fax' };
    const overSeventy = form.steps[0]?.fields[4];
    if (overSeventy) overSeventy.showWhen = { field: 'over-seventy', equals: 'sim' };
    expect(problemsOf(form).map((p) => p.message)).toEqual([
      '"over-seventy" is yes/no: compare with true or false',
      '"fax" is not an option of "contact-by"',
    ]);
  });

  it('refuses a choice with no options, and options or bounds where they mean nothing', () => {
    const form: FormDefinition = {
      steps: [
        step('a', [
          field('kind', { kind: 'choice' }),
          field('name', { options: [{ value: 'x', label: { pt: 'x', en: 'x' } }] }),
          field('age', { kind: 'number', min: '2000-01-01' }),
          field('born', { kind: 'date', min: '2020-01-01', max: '2010-01-01' }),
          field('agreed', { kind: 'yes-no', max: 3 }),
        ]),
      ],
    };
    expect(problemsOf(form).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps[0].fields[0]: a choice needs options',
      'steps[0].fields[1]: options only belong on a choice, not on text',
      'steps[0].fields[2]: the bounds of a number field must be numbers',
      'steps[0].fields[3]: min is above max',
      'steps[0].fields[4]: min and max only belong on a number or a date, not on yes-no',
    ]);
  });

  it('refuses an identifying field that is not marked personal, so it cannot go unsealed', () => {
    const form: FormDefinition = { steps: [step('a', [field('nif', { kind: 'nif', personal: false })])] };
    expect(problemsOf(form)).toEqual([
      { path: 'steps[0].fields[0]', message: 'a nif field is about the citizen: it must be personal' },
    ]);
  });
});
