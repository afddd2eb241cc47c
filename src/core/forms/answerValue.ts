import type { FormField } from './formDefinitionSchema.ts';

/**
 * An answer as the rules see it: text trimmed (a stray space is not a mistake), and a number typed as
 * text ("12,5") read as a number, so the app's inputs and the hub's stored JSON are judged alike.
 */
export function answerValue(field: FormField, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const text = raw.trim();
  if (field.kind === 'number' && /^-?\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return text;
}

/** No answer at all: `false` and `0` are answers, an empty text or an empty list of attachments is not. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
