import type { Text } from '../catalog/textSchema.ts';
import { answerMessage } from './answerMessages.ts';
import { type AnswerErrorCode, checkAnswer } from './checkAnswer.ts';
import type { FormDefinition } from './formDefinitionSchema.ts';
import { visibleFields } from './visibleFields.ts';

export interface AnswerError {
  fieldId: string;
  stepId: string;
  code: AnswerErrorCode;
  message: Text;
}

export type AnswersValidation = { ok: true } | { ok: false; errors: AnswerError[] };

/**
 * Judges a citizen's answers against a form: every field showing (its condition holds) must have a
 * well-formed answer, and a required one must have an answer at all. Hidden fields are not judged, nor
 * are answers to fields the form does not have. The app runs this before sealing, the hub on receipt,
 * so both refuse exactly the same requests. Errors come in the form's order, for the summary at the top.
 */
export function validateAnswers(
  definition: FormDefinition,
  answers: Readonly<Record<string, unknown>>,
): AnswersValidation {
  const errors: AnswerError[] = [];
  for (const { step, field } of visibleFields(definition, answers)) {
    const code = checkAnswer(field, answers[field.id]);
    if (code) errors.push({ fieldId: field.id, stepId: step.id, code, message: answerMessage(field, code) });
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
