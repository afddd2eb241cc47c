import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../../src/core/attendance/RequestPayload.ts';
import type { AttachmentControl } from '../../../../../src/features/attendance/form/AttachmentControl.ts';
import { byTestId, click, mount, visibleText, waitFor } from '../../renderKit.tsx';
import { everyKindForm, fakeAttachments, Harness, webpRef } from './formStepFixture.tsx';

const mounted: (() => void)[] = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

function show(attachments: AttachmentControl, initial: Record<string, unknown> = {}, log?: [string, unknown][]) {
  const view = mount(
    <Harness
      form={everyKindForm()}
      stepIndex={0}
      initial={initial}
      attachments={attachments}
      {...(log ? { log } : {})}
    />,
  );
  mounted.push(view.unmount);
  return view.container;
}

/** Chooses files in a file input as a person does: the input holds them and a change event fires. */
function choose(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The stored images as listed, each with its size (the remove buttons aside). */
const names = (screen: HTMLElement) =>
  [...screen.querySelectorAll('[data-testid="field-photo-attachment"]')].map((item) =>
    visibleText(item.querySelector('.attachment-name')),
  );

const photo = (name = 'cartao.jpg') => new File([new Uint8Array(2000)], name, { type: 'image/jpeg' });

/** An attachment store whose `add` waits for the test: `step()` reports a phase, `finish()` stores the image. */
function controlledAttachments() {
  const refs = new Map<string, AttachmentRef>();
  let report: ((phase: 'shrinking' | 'encrypting') => void) | undefined;
  let settle: { resolve: (ref: AttachmentRef) => void; reject: (error: Error) => void } | undefined;
  const control: AttachmentControl = {
    refs,
    add(_fieldId, _file, onProgress) {
      report = onProgress;
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
      });
    },
    async remove(id) {
      refs.delete(id);
    },
  };
  return {
    control,
    encrypting: () => report?.('encrypting'),
    finish(id: string) {
      const ref = webpRef(id);
      refs.set(id, ref);
      settle?.resolve(ref);
    },
    fail: (message: string) => settle?.reject(new Error(message)),
  };
}

describe('the attachment field', () => {
  it('says what it is doing while an image is shrunk, then encrypted, then stored', async () => {
    const store = controlledAttachments();
    const log: [string, unknown][] = [];
    const screen = show(store.control, {}, log);
    const progress = byTestId(screen, 'field-photo-progress');
    expect(progress.getAttribute('role')).toBe('status');
    expect(visibleText(progress)).toBe('');

    choose(byTestId(screen, 'field-photo'), [photo()]);
    await waitFor(() => expect(visibleText(progress)).toBe('A reduzir a imagem…'));
    expect((byTestId(screen, 'field-photo') as HTMLInputElement).disabled).toBe(true);
    store.encrypting();
    await waitFor(() => expect(visibleText(progress)).toBe('A cifrar e guardar a imagem…'));
    store.finish('att-9');
    await waitFor(() => expect(visibleText(progress)).toBe('Imagem guardada.'));

    expect(log).toEqual([['photo', ['att-9']]]);
    expect(names(screen)).toEqual(['Imagem 1 (WebP, 245 kB)']);
    expect(visibleText(byTestId(screen, 'field-photo-remove-1'))).toBe('Remover a imagem 1');
    expect((byTestId(screen, 'field-photo') as HTMLInputElement).disabled).toBe(false);
  });

  it('adds several images chosen at once, counting them, and keeps the ones already there', async () => {
    const attachments = fakeAttachments([webpRef('old', 80_400)]);
    const log: [string, unknown][] = [];
    const screen = show(attachments, { photo: ['old'] }, log);
    choose(byTestId(screen, 'field-photo'), [photo('a.jpg'), photo('b.jpg')]);
    await waitFor(() => expect(visibleText(byTestId(screen, 'field-photo-progress'))).toBe('2 imagens guardadas.'));
    expect(attachments.added.map((added) => [added.fieldId, added.file.name])).toEqual([
      ['photo', 'a.jpg'],
      ['photo', 'b.jpg'],
    ]);
    expect(log.at(-1)).toEqual(['photo', ['old', 'att-1', 'att-2']]);
    expect(names(screen)).toEqual(['Imagem 1 (WebP, 80 kB)', 'Imagem 2 (WebP, 245 kB)', 'Imagem 3 (WebP, 245 kB)']);
  });

  it('takes a photo through the camera input the same way', async () => {
    const attachments = fakeAttachments();
    const log: [string, unknown][] = [];
    const screen = show(attachments, {}, log);
    choose(byTestId(screen, 'field-photo-camera'), [photo()]);
    await waitFor(() => expect(log).toEqual([['photo', ['att-1']]]));
  });

  it('removes a stored image, and puts the focus back on the question', async () => {
    const attachments = fakeAttachments([webpRef('a'), webpRef('b', 1_500_000)]);
    const log: [string, unknown][] = [];
    const screen = show(attachments, { photo: ['a', 'b'] }, log);
    click(byTestId(screen, 'field-photo-remove-1'));
    await waitFor(() => expect(log).toEqual([['photo', ['b']]]));
    expect(attachments.removed).toEqual(['a']);
    expect(names(screen)).toEqual(['Imagem 1 (WebP, 1,5 MB)']);
    expect(visibleText(byTestId(screen, 'field-photo-progress'))).toBe('Imagem removida.');
    expect(document.activeElement).toBe(byTestId(screen, 'field-photo'));
  });

  it('says in words why an image was refused and what to do, and keeps what was stored', async () => {
    const store = controlledAttachments();
    const log: [string, unknown][] = [];
    const screen = show(store.control, {}, log);
    choose(byTestId(screen, 'field-photo'), [photo()]);
    await waitFor(() => expect(visibleText(byTestId(screen, 'field-photo-progress'))).toBe('A reduzir a imagem…'));
    store.fail('A imagem tem mais de 40 MB. Tire a fotografia de novo com menor resolução.');
    const failure = await waitFor(() => byTestId(screen, 'field-photo-failure'));
    expect(failure.getAttribute('role')).toBe('alert');
    expect(visibleText(failure)).toBe(
      'Erro: A imagem tem mais de 40 MB. Tire a fotografia de novo com menor resolução.',
    );
    expect(byTestId(screen, 'field-photo').getAttribute('aria-describedby')).toContain('field-photo-failure');
    expect(visibleText(byTestId(screen, 'field-photo-progress'))).toBe('');
    expect(log).toEqual([]);
  });

  it('says when a stored image is no longer on the device', () => {
    const screen = show(fakeAttachments(), { photo: ['gone'] });
    expect(names(screen)).toEqual(['Imagem 1: não está guardada neste dispositivo: remova-a e junte-a de novo.']);
    expect(byTestId(screen, 'field-photo-remove-1')).toBeTruthy();
  });
});
