import * as v from 'valibot';
import { type FormDefinition, FormDefinitionSchema, type FormField } from './formDefinitionSchema.ts';

/** One thing wrong with a form definition: where (`steps[1].fields[0].showWhen`) and why. */
export interface FormProblem {
  path: string;
  message: string;
}

export type FormDefinitionValidation =
  | { ok: true; definition: FormDefinition }
  | { ok: false; problems: FormProblem[] };

/** Kinds that can only be about a person: a definition that marks them non-personal would leave them unsealed. */
const ALWAYS_PERSONAL: ReadonlySet<FormField['kind']> = new Set([
  'nif',
  'niss',
  'phone',
  'email',
  'iban',
  'document-number',
  'attachment',
]);

/** Checks a definition's shape, then what the schema cannot (see `checkFormDefinition`). */
export function validateFormDefinition(input: unknown): FormDefinitionValidation {
  const parsed = v.safeParse(FormDefinitionSchema, input, { abortEarly: false });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => ({ path: joinPath(issue.path ?? []), message: issue.message })),
    };
  }
  const problems = checkFormDefinition(parsed.output);
  return problems.length === 0 ? { ok: true, definition: parsed.output } : { ok: false, problems };
}

/**
 * What a schema cannot say: step ids and field ids unique (field ids across the whole form, since answers
 * are one flat record); a condition names an earlier field and values that field can take; a choice has
 * options; bounds, lengths and document kinds only where they mean something; identifying kinds personal.
 */
export function checkFormDefinition(definition: FormDefinition): FormProblem[] {
  const problems: FormProblem[] = [];
  const stepIds = new Set<string>();
  const earlier = new Map<string, FormField>();
  definition.steps.forEach((step, i) => {
    if (stepIds.has(step.id)) problems.push({ path: `steps[${i}].id`, message: `duplicate step id "${step.id}"` });
    stepIds.add(step.id);
    step.fields.forEach((field, j) => {
      const at = `steps[${i}].fields[${j}]`;
      const problem = (where: string, message: string) => problems.push({ path: `${at}${where}`, message });
      if (earlier.has(field.id)) problem('.id', `duplicate field id "${field.id}"`);
      for (const message of fieldProblems(field)) problem('', message);
      if (field.showWhen) {
        const source = earlier.get(field.showWhen.field);
        if (!source) problem('.showWhen.field', `"${field.showWhen.field}" is not a field before this one`);
        else {
          const values = 'in' in field.showWhen ? field.showWhen.in : [field.showWhen.equals];
          for (const message of conditionProblems(source, values)) problem('.showWhen', message);
        }
      }
      if (!earlier.has(field.id)) earlier.set(field.id, field);
    });
  });
  return problems;
}

function fieldProblems(field: FormField): string[] {
  const problems: string[] = [];
  if (field.kind === 'choice') {
    if (!field.options || field.options.length === 0) problems.push('a choice needs options');
    const values = field.options?.map((option) => option.value) ?? [];
    if (new Set(values).size !== values.length) problems.push('two options share a value');
  } else if (field.options) problems.push(`options only belong on a choice, not on ${field.kind}`);

  const bounds = [field.min, field.max].filter((bound) => bound !== undefined);
  if (field.kind === 'number' && bounds.some((bound) => typeof bound !== 'number')) {
    problems.push('the bounds of a number field must be numbers');
  } else if (field.kind === 'date' && bounds.some((bound) => typeof bound !== 'string')) {
    problems.push('the bounds of a date field must be dates YYYY-MM-DD');
  } else if (bounds.length > 0 && field.kind !== 'number' && field.kind !== 'date') {
    problems.push(`min and max only belong on a number or a date, not on ${field.kind}`);
  } else if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
    problems.push('min is above max');
  }
  if (field.maxLength !== undefined && field.kind !== 'text') problems.push('maxLength only belongs on a text field');
  if (field.document !== undefined && field.kind !== 'document-number') {
    problems.push('document only belongs on a document-number field');
  }
  if (ALWAYS_PERSONAL.has(field.kind) && !field.personal) {
    problems.push(`a ${field.kind} field is about the citizen: it must be personal`);
  }
  return problems;
}

/** A condition that can never hold (a value the field cannot take) is a typo in the definition. */
function conditionProblems(source: FormField, values: readonly (string | number | boolean)[]): string[] {
  switch (source.kind) {
    case 'attachment':
      return ['a condition cannot depend on an attachment'];
    case 'yes-no':
      return values.every((value) => typeof value === 'boolean')
        ? []
        : [`"${source.id}" is yes/no: compare with true or false`];
    case 'number':
      return values.every((value) => typeof value === 'number')
        ? []
        : [`"${source.id}" is a number: compare with numbers`];
    case 'choice': {
      const known = new Set(source.options?.map((option) => option.value));
      return values
        .filter((value) => typeof value !== 'string' || !known.has(value))
        .map((value) => `"${String(value)}" is not an option of "${source.id}"`);
    }
    default:
      return values.every((value) => typeof value === 'string') ? [] : [`"${source.id}" is text: compare with text`];
  }
}

function joinPath(path: readonly { key: unknown }[]): string {
  return path
    .map(({ key }, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}
