import type { ImageProblem } from './ImageShrinkError.ts';
import { SHRINK_SETTINGS } from './shrinkSettings.ts';

/**
 * What can be told of a file before decoding it: too big, or declared as something other than an image.
 * An empty type is not refused: some systems give none for HEIC photos, and decoding will tell.
 */
export function imageInputProblem(file: {
  size: number;
  type: string;
}): Extract<ImageProblem, 'too-large' | 'not-an-image'> | null {
  if (file.size > SHRINK_SETTINGS.maxInputBytes) return 'too-large';
  if (file.type !== '' && !file.type.toLowerCase().startsWith('image/')) return 'not-an-image';
  return null;
}
