import { ImageShrinkError } from '../../../core/images/ImageShrinkError.ts';
import { t } from '../../../i18n/t.ts';

/**
 * The words for an image that could not be added, for `AttachmentControl.add` to reject with: what went
 * wrong and what to do. Anything but a shrink refusal is the device's storage failing under the encryption.
 */
export function imageShrinkErrorText(error: unknown): string {
  if (error instanceof ImageShrinkError) return t(`form.attachment.problem.${error.problem}`);
  return t('form.attachment.addFailed');
}
