import type { FieldKind, FormField } from '../../../core/forms/formDefinitionSchema.ts';
import type { MessageKey } from '../../../i18n/messages.ts';

/** The kinds typed into one text box; choice, yes-no and attachment have controls of their own. */
export type TextLikeKind = Exclude<FieldKind, 'choice' | 'yes-no' | 'attachment'>;

export interface TextInputSetup {
  type: 'text' | 'date' | 'tel' | 'email';
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
  /** The expected shape, said under the label (the core's check is the judge; this only prevents the error). */
  format?: MessageKey;
  /** Identifiers and codes: no spelling marks under them, no capital the phone adds by itself. */
  code?: boolean;
  autocapitalize?: 'characters' | 'none';
}

/**
 * How each kind is typed. A number is a text box with a decimal keypad, not `type="number"`: that one
 * empties its value when what is typed does not parse (so the mediator would be told "required" about a
 * field they filled), changes on the mouse wheel, and does not take the comma Portugal writes decimals with.
 */
export function textInputSetup(field: FormField & { kind: TextLikeKind }): TextInputSetup {
  switch (field.kind) {
    case 'text':
      return { type: 'text' };
    case 'number':
      return { type: 'text', inputmode: 'decimal', code: true };
    case 'date':
      return { type: 'date' };
    case 'phone':
      return { type: 'tel', inputmode: 'tel', format: 'form.field.format.phone', code: true };
    case 'email':
      return {
        type: 'email',
        inputmode: 'email',
        format: 'form.field.format.email',
        code: true,
        autocapitalize: 'none',
      };
    case 'nif':
      return { type: 'text', inputmode: 'numeric', format: 'form.field.format.nif', code: true };
    case 'niss':
      return { type: 'text', inputmode: 'numeric', format: 'form.field.format.niss', code: true };
    case 'postal-code':
      // Not `numeric`: a phone's number pad has no dash, and the code is written with one.
      return { type: 'text', inputmode: 'text', format: 'form.field.format.postalCode', code: true };
    case 'iban':
      return {
        type: 'text',
        inputmode: 'text',
        format: 'form.field.format.iban',
        code: true,
        autocapitalize: 'characters',
      };
    case 'document-number':
      return {
        type: 'text',
        inputmode: 'text',
        format: field.document === 'other' ? 'form.field.format.otherDocument' : 'form.field.format.citizenCard',
        code: true,
        autocapitalize: 'characters',
      };
  }
}
