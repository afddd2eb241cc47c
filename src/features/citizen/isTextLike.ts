import type { FormField } from '../../core/forms/formDefinitionSchema.ts';

/** A field answered by typing: the kinds the citizen can type on their own screen. */
export function isTextLike(field: FormField): boolean {
  return !['choice', 'yes-no', 'attachment', 'date'].includes(field.kind);
}
