import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../../src/core/attendance/RequestPayload.ts';
import type { Form } from '../../../../../src/core/catalog/catalogSchema.ts';
import { FormAnswersView } from '../../../../../src/features/attendance/answers/FormAnswersView.tsx';
import { setLocale } from '../../../../../src/i18n/locale.ts';
import { byTestId, mount, visibleText } from '../../renderKit.tsx';

const form: Form = {
  id: 'pedido-assistido',
  version: 2,
  serviceId: null,
  title: { pt: 'Pedido assistido', en: 'Assisted request' },
  definition: {
    steps: [
      {
        id: 'citizen',
        title: { pt: 'Dados do cidadão', en: 'Citizen’s details' },
        fields: [
          { id: 'name', kind: 'text', label: { pt: 'Nome', en: 'Name' }, required: true, personal: true },
          { id: 'birth', kind: 'date', label: { pt: 'Nascimento', en: 'Birth' }, required: true, personal: true },
          {
            id: 'has-nif',
            kind: 'yes-no',
            label: { pt: 'Tem NIF?', en: 'Has a NIF?' },
            required: true,
            personal: false,
          },
          {
            id: 'nif',
            kind: 'nif',
            label: { pt: 'NIF', en: 'NIF' },
            required: true,
            personal: true,
            showWhen: { field: 'has-nif', equals: true },
          },
          {
            id: 'household',
            kind: 'number',
            label: { pt: 'Pessoas no agregado', en: 'People in the household' },
            required: false,
            personal: true,
          },
          {
            id: 'channel',
            kind: 'choice',
            label: { pt: 'Como quer a resposta', en: 'How to answer' },
            required: true,
            personal: false,
            options: [
              { value: 'post', label: { pt: 'Por correio', en: 'By post' } },
              { value: 'email', label: { pt: 'Por email', en: 'By email' } },
            ],
          },
          {
            id: 'email',
            kind: 'email',
            label: { pt: 'Email', en: 'Email' },
            required: true,
            personal: true,
            showWhen: { field: 'channel', equals: 'email' },
          },
          { id: 'iban', kind: 'iban', label: { pt: 'IBAN', en: 'IBAN' }, required: false, personal: true },
          { id: 'notes', kind: 'text', label: { pt: 'Notas', en: 'Notes' }, required: false, personal: false },
        ],
      },
      {
        id: 'documents',
        title: { pt: 'Documentos', en: 'Documents' },
        fields: [
          {
            id: 'photos',
            kind: 'attachment',
            label: { pt: 'Fotografias', en: 'Photos' },
            required: true,
            personal: true,
          },
          { id: 'proof', kind: 'attachment', label: { pt: 'Morada', en: 'Address' }, required: false, personal: true },
        ],
      },
      {
        id: 'company',
        title: { pt: 'Empresa', en: 'Company' },
        fields: [
          {
            id: 'company-name',
            kind: 'text',
            label: { pt: 'Empresa', en: 'Company' },
            required: true,
            personal: false,
            showWhen: { field: 'channel', equals: 'email' },
          },
        ],
      },
    ],
  },
};

const answers = {
  name: '  Maria da Silva ',
  birth: '1958-03-01',
  'has-nif': false,
  nif: '123456789', // typed before "Tem NIF?" was answered no: hidden, so never shown
  household: '3',
  channel: 'post',
  email: 'maria@example.pt',
  iban: 'PT50000201231234567890154',
  notes: '',
  photos: ['a1', 'a2'],
  proof: 'a3',
};

const attachment = (id: string, bytes: number): [string, AttachmentRef] => [
  id,
  { id, fieldId: 'photos', type: 'image/jpeg', bytes, digest: 'x' },
];
const attachments = new Map([attachment('a1', 150_000), attachment('a2', 190_200), attachment('a3', 420)]);

let unmount = () => {};
afterEach(() => {
  unmount();
  setLocale('pt');
});

function show(values: Record<string, unknown> = answers, refs: ReadonlyMap<string, AttachmentRef> = attachments) {
  unmount();
  const view = mount(<FormAnswersView form={form} answers={values} attachments={refs} />);
  unmount = view.unmount;
  return byTestId(view.container, 'answers');
}

const answer = (root: HTMLElement, id: string) => visibleText(byTestId(root, `answer-${id}`));

describe('the answers of a form, to read', () => {
  it('writes each kind of answer for people, in Portuguese', () => {
    const view = show();
    expect(answer(view, 'name')).toBe('Maria da Silva');
    expect(answer(view, 'birth')).toBe('1 de março de 1958');
    expect(answer(view, 'has-nif')).toBe('Não');
    expect(answer(view, 'household')).toBe('3');
    expect(answer(view, 'channel')).toBe('Por correio');
    expect(answer(view, 'iban')).toBe('PT50 0002 0123 1234 5678 9015 4');
    expect(answer(view, 'photos')).toBe('2 imagens (341 kB)');
    expect(answer(view, 'proof')).toBe('1 imagem (1 kB)');
  });

  it('writes them in English when the window does', () => {
    setLocale('en');
    const view = show({ ...answers, 'has-nif': true, household: 1234.5 });
    expect(answer(view, 'birth')).toBe('1 March 1958');
    expect(answer(view, 'has-nif')).toBe('Yes');
    expect(answer(view, 'household')).toBe('1,234.5');
    expect(answer(view, 'channel')).toBe('By post');
    expect(answer(view, 'photos')).toBe('2 images (341 kB)');
    expect(visibleText(view.querySelector('h3'))).toBe('Citizen’s details');
  });

  it('writes numbers with the Portuguese decimal comma', () => {
    expect(answer(show({ ...answers, household: '2,5' }), 'household')).toBe('2,5');
  });

  it('shows a dash for a blank answer, and says "Sem resposta" to screen readers', () => {
    const notes = byTestId(show(), 'answer-notes');
    expect(notes.querySelector('[aria-hidden="true"]')?.textContent).toBe('—');
    expect(visibleText(notes.querySelector('.visually-hidden'))).toBe('Sem resposta');
  });

  it('counts attachments without a size when their records are not given', () => {
    expect(answer(show(answers, new Map()), 'photos')).toBe('2 imagens');
  });

  it('leaves out hidden fields, and a step whose fields are all hidden', () => {
    const view = show();
    expect(view.querySelector('[data-testid="answer-nif"]')).toBeNull();
    expect(view.querySelector('[data-testid="answer-email"]')).toBeNull();
    expect([...view.querySelectorAll('h3')].map(visibleText)).toEqual(['Dados do cidadão', 'Documentos']);
    expect(visibleText(view)).not.toContain('123456789');
  });

  it('shows a field once the answer it depends on makes it visible', () => {
    const view = show({ ...answers, 'has-nif': true, channel: 'email' });
    expect(answer(view, 'nif')).toBe('123456789');
    expect(answer(view, 'email')).toBe('maria@example.pt');
    expect(answer(view, 'channel')).toBe('Por email');
    expect([...view.querySelectorAll('h3')].map(visibleText)).toContain('Empresa');
  });

  it('lists each step’s answers as terms and values, with nothing to edit', () => {
    const view = show();
    const lists = view.querySelectorAll('dl');
    expect(lists).toHaveLength(2);
    expect(visibleText(lists[0]?.querySelector('dt') ?? null)).toBe('Nome');
    expect(view.querySelectorAll('input, select, textarea, button, [contenteditable]')).toHaveLength(0);
  });

  it('shows an answer the form cannot take as it was given, rather than hiding it', () => {
    const view = show({ ...answers, channel: 'fax', birth: '1958-02-30' });
    expect(answer(view, 'channel')).toBe('fax');
    expect(answer(view, 'birth')).toBe('1958-02-30');
  });
});
