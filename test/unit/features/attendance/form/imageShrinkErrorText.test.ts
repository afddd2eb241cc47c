import { afterEach, describe, expect, it } from 'vitest';
import { ImageShrinkError } from '../../../../../src/core/images/ImageShrinkError.ts';
import { imageShrinkErrorText } from '../../../../../src/features/attendance/form/imageShrinkErrorText.ts';
import { setLocale } from '../../../../../src/i18n/locale.ts';

afterEach(() => setLocale('pt'));

describe('imageShrinkErrorText', () => {
  it('says why each refused image was refused, and what to do instead', () => {
    expect(imageShrinkErrorText(new ImageShrinkError('too-large'))).toMatch(
      /mais de 40 MB\. Tire a fotografia de novo/,
    );
    expect(imageShrinkErrorText(new ImageShrinkError('not-an-image'))).toMatch(
      /não é uma imagem\. Escolha uma fotografia/,
    );
    expect(imageShrinkErrorText(new ImageShrinkError('unreadable'))).toMatch(/Não foi possível abrir a imagem/);
    expect(imageShrinkErrorText(new ImageShrinkError('failed'))).toMatch(/Feche outros separadores e tente de novo/);
  });

  it('takes anything else for the storage failing, in the window’s language', () => {
    expect(imageShrinkErrorText(new DOMException('quota', 'QuotaExceededError'))).toMatch(
      /^Não foi possível guardar a imagem/,
    );
    setLocale('en');
    expect(imageShrinkErrorText(new ImageShrinkError('too-large'))).toMatch(/^The image is larger than 40 MB/);
  });
});
