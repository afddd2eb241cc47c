import { useState } from 'preact/hooks';
import type { AttachmentRef } from '../../../../../src/core/attendance/RequestPayload.ts';
import type { Form } from '../../../../../src/core/catalog/catalogSchema.ts';
import type { FormField } from '../../../../../src/core/forms/formDefinitionSchema.ts';
import type { AnswerError } from '../../../../../src/core/forms/validateAnswers.ts';
import type { AttachmentControl } from '../../../../../src/features/attendance/form/AttachmentControl.ts';
import { FormStepView } from '../../../../../src/features/attendance/form/FormStepView.tsx';

/** A field to test with: required, personal, labelled "Pergunta <id>" / "Question <id>". */
export function field(id: string, kind: FormField['kind'], overrides: Partial<FormField> = {}): FormField {
  return {
    id,
    kind,
    label: { pt: `Pergunta ${id}`, en: `Question ${id}` },
    required: true,
    personal: true,
    ...overrides,
  };
}

const option = (value: string, pt: string, en: string) => ({ value, label: { pt, en } });

/** Every kind of field on one step, then a step with conditions and a long choice. */
export function everyKindForm(): Form {
  return {
    id: 'pedido-teste',
    version: 1,
    serviceId: null,
    title: { pt: 'Pedido de teste', en: 'Test request' },
    definition: {
      steps: [
        {
          id: 'all',
          title: { pt: 'Todos os campos', en: 'Every field' },
          fields: [
            field('name', 'text', { help: { pt: 'Como está no documento.', en: 'As on the document.' } }),
            field('children', 'number', { personal: false, required: false, min: 0 }),
            field('birth', 'date', { min: '1900-01-01', max: '2030-12-31' }),
            field('channel', 'choice', {
              personal: false,
              options: [option('post', 'Correio', 'Post'), option('counter', 'Balcão', 'Counter')],
            }),
            field('resident', 'yes-no', { personal: false }),
            field('nif', 'nif'),
            field('niss', 'niss', { required: false }),
            field('postal', 'postal-code'),
            field('phone', 'phone'),
            field('email', 'email'),
            field('iban', 'iban'),
            field('card', 'document-number'),
            field('photo', 'attachment'),
          ],
        },
        {
          id: 'conditions',
          title: { pt: 'Condições', en: 'Conditions' },
          fields: [
            field('has-proxy', 'yes-no', { personal: false }),
            field('proxy-name', 'text', { showWhen: { field: 'has-proxy', equals: true } }),
            field('district', 'choice', {
              personal: false,
              options: [
                option('aveiro', 'Aveiro', 'Aveiro'),
                option('beja', 'Beja', 'Beja'),
                option('braga', 'Braga', 'Braga'),
                option('braganca', 'Bragança', 'Bragança'),
                option('castelo-branco', 'Castelo Branco', 'Castelo Branco'),
                option('coimbra', 'Coimbra', 'Coimbra'),
                option('evora', 'Évora', 'Évora'),
              ],
            }),
            field('passport', 'document-number', {
              document: 'other',
              required: false,
              showWhen: { field: 'district', in: ['braganca', 'evora'] },
            }),
          ],
        },
      ],
    },
  };
}

export const webpRef = (id: string, bytes = 245_000): AttachmentRef => ({
  id,
  fieldId: 'photo',
  type: 'image/webp',
  bytes,
  digest: 'x'.repeat(43),
});

/** An attachment store in memory; `add` answers what `next` says, when the test says. */
export function fakeAttachments(refs: AttachmentRef[] = []): AttachmentControl & {
  added: { fieldId: string; file: File }[];
  removed: string[];
} {
  const map = new Map(refs.map((ref) => [ref.id, ref]));
  const added: { fieldId: string; file: File }[] = [];
  const removed: string[] = [];
  return {
    refs: map,
    added,
    removed,
    async add(fieldId, file) {
      added.push({ fieldId, file });
      const ref = webpRef(`att-${added.length}`);
      map.set(ref.id, ref);
      return ref;
    },
    async remove(id) {
      removed.push(id);
      map.delete(id);
    },
  };
}

interface HarnessProps {
  form: Form;
  stepIndex: number;
  initial?: Record<string, unknown>;
  errors?: readonly AnswerError[];
  attempt?: number;
  attachments?: AttachmentControl;
  readOnly?: boolean;
  /** Every answer given, in order. */
  log?: [string, unknown][];
}

/** The view as the attendance holds it: the answers in state, each answer applied as it is given. */
export function Harness({
  form,
  stepIndex,
  initial = {},
  errors = [],
  attempt = 0,
  attachments,
  readOnly,
  log,
}: HarnessProps) {
  const [answers, setAnswers] = useState<Record<string, unknown>>(initial);
  return (
    <FormStepView
      form={form}
      stepIndex={stepIndex}
      answers={answers}
      errors={errors}
      attempt={attempt}
      attachments={attachments ?? fakeAttachments()}
      {...(readOnly === undefined ? {} : { readOnly })}
      onAnswer={(fieldId, value) => {
        log?.push([fieldId, value]);
        setAnswers((previous) => ({ ...previous, [fieldId]: value }));
      }}
    />
  );
}
