import { answerValue } from './answerValue.ts';
import type { FormDefinition, FormField, FormStep, ShowWhen } from './formDefinitionSchema.ts';

export interface VisibleField {
  step: FormStep;
  field: FormField;
}

/**
 * The fields the citizen is asked, in order. A field with a condition shows when the field it names is
 * itself showing and its answer matches; a hidden field's answer never counts, so hiding a field hides
 * the fields that depend on it too. Conditions only look back (the definition is checked for that), so
 * one pass in order is enough.
 */
export function visibleFields(definition: FormDefinition, answers: Readonly<Record<string, unknown>>): VisibleField[] {
  const shown = new Map<string, unknown>();
  const visible: VisibleField[] = [];
  for (const step of definition.steps) {
    for (const field of step.fields) {
      if (field.showWhen && !holds(field.showWhen, shown)) continue;
      shown.set(field.id, answerValue(field, answers[field.id]));
      visible.push({ step, field });
    }
  }
  return visible;
}

function holds(condition: ShowWhen, shown: ReadonlyMap<string, unknown>): boolean {
  if (!shown.has(condition.field)) return false;
  const answer = shown.get(condition.field);
  return 'in' in condition ? condition.in.some((value) => value === answer) : condition.equals === answer;
}
