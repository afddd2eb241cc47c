import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerError } from '../../../../../src/core/forms/validateAnswers.ts';
import { validateAnswers } from '../../../../../src/core/forms/validateAnswers.ts';
import { setLocale } from '../../../../../src/i18n/locale.ts';
import { byTestId, click, mount, typeInto, visibleText } from '../../renderKit.tsx';
import { everyKindForm, fakeAttachments, Harness, webpRef } from './formStepFixture.tsx';

const mounted: (() => void)[] = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
  setLocale('pt');
});

function show(ui: Parameters<typeof mount>[0]): HTMLElement {
  const view = mount(ui);
  mounted.push(view.unmount);
  return view.container;
}

const labelOf = (root: HTMLElement, id: string) => visibleText(root.querySelector(`label[for="field-${id}"]`));
const legendOf = (root: HTMLElement, id: string) => visibleText(byTestId(root, `field-${id}`).querySelector('legend'));
const input = (root: HTMLElement, id: string) => byTestId(root, `field-${id}`) as HTMLInputElement;
const hintOf = (root: HTMLElement, id: string) => visibleText(root.querySelector(`#field-${id}-hint`));

describe('FormStepView: each kind of field', () => {
  it('shows the step’s title and every question with its label, in order', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    expect(visibleText(byTestId(screen, 'form-step-title'))).toBe('Todos os campos');
    const ids = [...screen.querySelectorAll('[id^="field-"]')]
      .map((element) => element.id)
      .filter((id) => /^field-[a-z-]+$/.test(id) && !id.endsWith('-hint') && !id.endsWith('-camera'));
    expect(ids).toEqual([
      'field-name',
      'field-children',
      'field-birth',
      'field-channel',
      'field-resident',
      'field-nif',
      'field-niss',
      'field-postal',
      'field-phone',
      'field-email',
      'field-iban',
      'field-card',
      'field-photo',
    ]);
    expect(labelOf(screen, 'name')).toBe('Pergunta name');
    expect(hintOf(screen, 'name')).toBe('Como está no documento.');
  });

  it('gives typed kinds the input type and keyboard they need, and says the expected format', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    const expected: [string, string, string | null, RegExp | null][] = [
      ['name', 'text', null, null],
      ['children', 'text', 'decimal', null],
      ['birth', 'date', null, null],
      ['nif', 'text', 'numeric', /9 algarismos/],
      ['niss', 'text', 'numeric', /11 algarismos/],
      ['postal', 'text', 'text', /0000-000/],
      ['phone', 'tel', 'tel', /9 algarismos/],
      ['email', 'email', 'email', /nome@exemplo\.pt/],
      ['iban', 'text', 'text', /PT50 seguido de 21 algarismos/],
      ['card', 'text', 'text', /00000000 0 ZZ0/],
    ];
    for (const [id, type, inputmode, format] of expected) {
      const control = input(screen, id);
      expect(control.tagName, id).toBe('INPUT');
      expect(control.getAttribute('type'), id).toBe(type);
      expect(control.getAttribute('inputmode'), id).toBe(inputmode);
      expect(labelOf(screen, id), id).toContain(`Pergunta ${id}`);
      if (format) {
        expect(hintOf(screen, id), id).toMatch(format);
        expect(control.getAttribute('aria-describedby'), id).toContain(`field-${id}-hint`);
      }
    }
    expect(input(screen, 'birth').getAttribute('min')).toBe('1900-01-01');
    expect(input(screen, 'birth').getAttribute('max')).toBe('2030-12-31');
  });

  it('keeps the browser from remembering personal answers on the shared laptop, and only those', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    for (const id of ['name', 'birth', 'nif', 'phone', 'email', 'iban', 'card']) {
      expect(input(screen, id).getAttribute('autocomplete'), id).toBe('off');
    }
    expect(input(screen, 'children').hasAttribute('autocomplete')).toBe(false);
  });

  it('marks optional questions "(opcional)" and required ones not', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    expect(labelOf(screen, 'children')).toBe('Pergunta children (opcional)');
    expect(labelOf(screen, 'niss')).toBe('Pergunta niss (opcional)');
    expect(labelOf(screen, 'nif')).toBe('Pergunta nif');
  });

  it('asks a choice of a few options as radios in a fieldset, and a longer one as a list', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    const channel = byTestId(screen, 'field-channel');
    expect(channel.tagName).toBe('FIELDSET');
    expect(legendOf(screen, 'channel')).toBe('Pergunta channel');
    expect(visibleText(byTestId(screen, 'field-channel-post').closest('label'))).toBe('Correio');
    expect((byTestId(screen, 'field-channel-counter') as HTMLInputElement).type).toBe('radio');

    const later = show(<Harness form={everyKindForm()} stepIndex={1} />);
    const district = byTestId(later, 'field-district') as HTMLSelectElement;
    expect(district.tagName).toBe('SELECT');
    expect(labelOf(later, 'district')).toBe('Pergunta district');
    expect([...district.options].map((o) => o.text)).toEqual([
      'Escolha uma opção',
      'Aveiro',
      'Beja',
      'Braga',
      'Bragança',
      'Castelo Branco',
      'Coimbra',
      'Évora',
    ]);
  });

  it('asks yes-no as two radios, "Sim" and "Não"', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    expect(byTestId(screen, 'field-resident').tagName).toBe('FIELDSET');
    expect(visibleText(byTestId(screen, 'field-resident-true').closest('label'))).toBe('Sim');
    expect(visibleText(byTestId(screen, 'field-resident-false').closest('label'))).toBe('Não');
  });

  it('offers an attachment from the disk or the camera, images only', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    const chooser = input(screen, 'photo');
    const camera = byTestId(screen, 'field-photo-camera') as HTMLInputElement;
    for (const picker of [chooser, camera]) {
      expect(picker.type).toBe('file');
      expect(picker.getAttribute('accept')).toBe('image/jpeg,image/png,image/webp,image/heic');
    }
    expect(camera.getAttribute('capture')).toBe('environment');
    expect(labelOf(screen, 'photo')).toBe('Escolher imagem');
    expect(visibleText(screen.querySelector('label[for="field-photo-camera"]'))).toBe('Tirar fotografia');
    expect(visibleText(chooser.closest('fieldset')?.querySelector('legend') ?? null)).toBe('Pergunta photo');
  });

  it('speaks the window’s language: labels, options and "Yes"/"No" in English', () => {
    setLocale('en');
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    expect(visibleText(byTestId(screen, 'form-step-title'))).toBe('Every field');
    expect(labelOf(screen, 'children')).toBe('Question children (optional)');
    expect(visibleText(byTestId(screen, 'field-channel-post').closest('label'))).toBe('Post');
    expect(visibleText(byTestId(screen, 'field-resident-true').closest('label'))).toBe('Yes');
    expect(hintOf(screen, 'nif')).toBe('Format: 9 digits.');
  });
});

describe('FormStepView: answers', () => {
  it('hands on what was typed, as typed (the core trims and parses)', () => {
    const log: [string, unknown][] = [];
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} log={log} />);
    typeInto(input(screen, 'nif'), ' 123456789 ');
    typeInto(input(screen, 'children'), '2,5');
    typeInto(input(screen, 'birth'), '1950-02-28');
    expect(log).toEqual([
      ['nif', ' 123456789 '],
      ['children', '2,5'],
      ['birth', '1950-02-28'],
    ]);
    expect(input(screen, 'nif').value).toBe(' 123456789 ');
  });

  it('answers yes-no with true or false, and a choice with the option’s value', () => {
    const log: [string, unknown][] = [];
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} log={log} />);
    click(byTestId(screen, 'field-resident-false'));
    click(byTestId(screen, 'field-channel-counter'));
    expect(log).toEqual([
      ['resident', false],
      ['channel', 'counter'],
    ]);
    expect((byTestId(screen, 'field-resident-false') as HTMLInputElement).checked).toBe(true);
    expect((byTestId(screen, 'field-resident-true') as HTMLInputElement).checked).toBe(false);
  });

  it('answers a long choice with the value picked in the list', () => {
    const log: [string, unknown][] = [];
    const screen = show(<Harness form={everyKindForm()} stepIndex={1} log={log} />);
    const district = byTestId(screen, 'field-district') as HTMLSelectElement;
    district.value = 'coimbra';
    district.dispatchEvent(new Event('change', { bubbles: true }));
    expect(log).toEqual([['district', 'coimbra']]);
  });

  it('shows answers given earlier (a draft reopened)', () => {
    const initial = { name: 'Maria', resident: true, channel: 'post', children: 3 };
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} initial={initial} />);
    expect(input(screen, 'name').value).toBe('Maria');
    expect(input(screen, 'children').value).toBe('3');
    expect((byTestId(screen, 'field-resident-true') as HTMLInputElement).checked).toBe(true);
    expect((byTestId(screen, 'field-channel-post') as HTMLInputElement).checked).toBe(true);
  });
});

describe('FormStepView: conditions', () => {
  it('shows a question when its condition holds and takes it away when it stops, keeping what was typed', () => {
    const log: [string, unknown][] = [];
    const screen = show(<Harness form={everyKindForm()} stepIndex={1} log={log} />);
    const proxyName = () => screen.querySelector('[data-testid="field-proxy-name"]') as HTMLInputElement | null;
    expect(proxyName()).toBeNull();

    click(byTestId(screen, 'field-has-proxy-true'));
    expect(proxyName()).not.toBeNull();
    expect(labelOf(screen, 'proxy-name')).toBe('Pergunta proxy-name');
    typeInto(proxyName() as HTMLInputElement, 'João Sousa');

    click(byTestId(screen, 'field-has-proxy-false'));
    expect(proxyName()).toBeNull();
    expect(log.map(([id]) => id)).toEqual(['has-proxy', 'proxy-name', 'has-proxy']);

    click(byTestId(screen, 'field-has-proxy-true'));
    expect(proxyName()?.value).toBe('João Sousa');
  });

  it('shows a question whose condition lists several values for any of them', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={1} initial={{ district: 'evora' }} />);
    expect(labelOf(screen, 'passport')).toBe('Pergunta passport (opcional)');
    expect(hintOf(screen, 'passport')).toMatch(/impresso no documento/);
    const other = show(<Harness form={everyKindForm()} stepIndex={1} initial={{ district: 'beja' }} />);
    expect(other.querySelector('[data-testid="field-passport"]')).toBeNull();
  });
});

describe('FormStepView: errors', () => {
  const errorsOf = (answers: Record<string, unknown>, stepId: string): AnswerError[] => {
    const result = validateAnswers(everyKindForm().definition, answers);
    return result.ok ? [] : result.errors.filter((error) => error.stepId === stepId);
  };

  it('lists the step’s problems at the top, each linked to its field, and takes the focus', () => {
    const answers = { name: 'Maria', nif: '123456780', channel: 'post', resident: true, postal: '1000-001' };
    const errors = errorsOf(answers, 'all');
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} initial={answers} errors={errors} attempt={1} />);
    const summary = byTestId(screen, 'form-errors');
    expect(document.activeElement).toBe(summary);
    expect(visibleText(summary.querySelector('h2'))).toBe('Corrija o seguinte para continuar');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#field-birth',
      '#field-nif',
      '#field-phone',
      '#field-email',
      '#field-iban',
      '#field-card',
      '#field-photo',
    ]);
    expect(visibleText(links[1] ?? null)).toBe(
      'O NIF tem 9 algarismos e o último não confere: verifique se foi bem escrito.',
    );
    click(links[1] as HTMLAnchorElement);
    expect(document.activeElement).toBe(input(screen, 'nif'));
    click(links[6] as HTMLAnchorElement);
    expect(document.activeElement).toBe(input(screen, 'photo'));
  });

  it('says each problem beside its field too, tied to it for screen readers', () => {
    const answers = { nif: '12345', resident: 'maybe' };
    const errors = errorsOf(answers, 'all');
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} initial={answers} errors={errors} attempt={1} />);
    const nif = input(screen, 'nif');
    expect(nif.getAttribute('aria-invalid')).toBe('true');
    expect(nif.getAttribute('aria-describedby')).toBe('field-nif-hint field-nif-error');
    expect(visibleText(screen.querySelector('#field-nif-error'))).toBe(
      'Erro: O NIF tem 9 algarismos, sem espaços nem letras: verifique se foi bem escrito.',
    );
    const resident = byTestId(screen, 'field-resident');
    expect(resident.getAttribute('aria-describedby')).toBe('field-resident-error');
    expect(visibleText(screen.querySelector('#field-resident-error'))).toBe('Erro: Responda sim ou não.');
    expect(byTestId(screen, 'field-resident-true').getAttribute('aria-invalid')).toBe('true');
    // A field without a problem is not marked.
    expect(input(screen, 'children').hasAttribute('aria-invalid')).toBe(false);
    expect(screen.querySelector('#field-children-error')).toBeNull();
  });

  it('marks no field and shows no summary when there is nothing wrong', () => {
    const screen = show(<Harness form={everyKindForm()} stepIndex={0} />);
    expect(screen.querySelector('[data-testid="form-errors"]')).toBeNull();
    expect(screen.querySelector('[aria-invalid="true"]')).toBeNull();
  });

  it('takes the focus back to the summary at every refused attempt', () => {
    const errors = errorsOf({}, 'all');
    const container = document.createElement('div');
    document.body.append(container);
    const view = (attempt: number) =>
      act(() => render(<Harness form={everyKindForm()} stepIndex={0} errors={errors} attempt={attempt} />, container));
    mounted.push(() => {
      act(() => render(null, container));
      container.remove();
    });
    view(1);
    const summary = byTestId(container, 'form-errors');
    expect(document.activeElement).toBe(summary);
    input(container, 'name').focus();
    view(1);
    expect(document.activeElement).toBe(input(container, 'name'));
    view(2);
    expect(document.activeElement).toBe(summary);
  });

  it('drops a problem about a question that is no longer showing', () => {
    const errors = errorsOf({ 'has-proxy': true, district: 'aveiro' }, 'conditions');
    expect(errors.map((error) => error.fieldId)).toEqual(['proxy-name']);
    const screen = show(
      <Harness form={everyKindForm()} stepIndex={1} initial={{ 'has-proxy': false }} errors={errors} attempt={1} />,
    );
    expect(screen.querySelector('[data-testid="form-errors"]')).toBeNull();
  });
});

describe('FormStepView: read-only', () => {
  it('shows each answer in words, with no control to change it', () => {
    const answers = {
      name: ' Maria Alves ',
      birth: '1950-02-28',
      channel: 'counter',
      resident: false,
      nif: '123456789',
      photo: ['att-1'],
    };
    const attachments = fakeAttachments([webpRef('att-1', 1_250_000)]);
    const screen = show(
      <Harness form={everyKindForm()} stepIndex={0} initial={answers} attachments={attachments} readOnly />,
    );
    expect(screen.querySelectorAll('input, select, textarea, button')).toHaveLength(0);
    const value = (id: string) => visibleText(byTestId(screen, `field-${id}`));
    expect(value('name')).toBe('Maria Alves');
    expect(value('birth')).toBe('28 de fevereiro de 1950');
    expect(value('channel')).toBe('Balcão');
    expect(value('resident')).toBe('Não');
    expect(value('nif')).toBe('123456789');
    expect(value('email')).toBe('Sem resposta');
    expect(value('photo')).toBe('Imagem 1 (WebP, 1,3 MB)');
    expect(visibleText(byTestId(screen, 'field-nif').previousElementSibling)).toBe('Pergunta nif');
  });

  it('shows no error summary, even when given errors', () => {
    const errors = validateAnswers(everyKindForm().definition, {});
    const screen = show(
      <Harness form={everyKindForm()} stepIndex={0} errors={errors.ok ? [] : errors.errors} attempt={1} readOnly />,
    );
    expect(screen.querySelector('[data-testid="form-errors"]')).toBeNull();
  });
});
