import type { FormDefinition, FormField, FormStep } from '../../../../src/core/forms/formDefinitionSchema.ts';

/** A field to test with: required text, not personal, unless the test says otherwise. */
export function field(id: string, overrides: Partial<FormField> = {}): FormField {
  return {
    id,
    kind: 'text',
    label: { pt: `Campo ${id}`, en: `Field ${id}` },
    required: true,
    personal: false,
    ...overrides,
  };
}

export function step(id: string, fields: FormField[]): FormStep {
  return { id, title: { pt: `Passo ${id}`, en: `Step ${id}` }, fields };
}

/** A driving-licence-like form: who, then contacts; the medical certificate only for those 70 and over. */
export function licenceForm(): FormDefinition {
  return {
    steps: [
      step('citizen', [
        field('name', { personal: true, maxLength: 120 }),
        field('nif', { kind: 'nif', personal: true }),
        field('age', { kind: 'number', personal: true, min: 16, max: 130 }),
        field('over-seventy', { kind: 'yes-no', personal: false }),
        field('medical-certificate', {
          kind: 'attachment',
          personal: true,
          showWhen: { field: 'over-seventy', equals: true },
        }),
      ]),
      step('contacts', [
        field('contact-by', {
          kind: 'choice',
          options: [
            { value: 'phone', label: { pt: 'Telefone', en: 'Phone' } },
            { value: 'email', label: { pt: 'Email', en: 'Email' } },
          ],
        }),
        field('phone', { kind: 'phone', personal: true, showWhen: { field: 'contact-by', equals: 'phone' } }),
        field('email', { kind: 'email', personal: true, showWhen: { field: 'contact-by', in: ['email'] } }),
        field('postal-code', { kind: 'postal-code', personal: true, required: false }),
        field('licence-expiry', { kind: 'date', personal: true, required: false, min: '2000-01-01' }),
      ]),
    ],
  };
}
