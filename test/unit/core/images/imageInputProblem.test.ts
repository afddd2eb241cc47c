import { describe, expect, it } from 'vitest';
import { imageInputProblem } from '../../../../src/core/images/imageInputProblem.ts';

const MB = 1024 * 1024;

describe('imageInputProblem', () => {
  it('refuses a file over 40 MB before anything decodes it', () => {
    expect(imageInputProblem({ size: 40 * MB + 1, type: 'image/jpeg' })).toBe('too-large');
    expect(imageInputProblem({ size: 40 * MB, type: 'image/jpeg' })).toBeNull();
  });

  it('refuses a file that says it is not an image (a PDF, a video)', () => {
    expect(imageInputProblem({ size: 1000, type: 'application/pdf' })).toBe('not-an-image');
    expect(imageInputProblem({ size: 1000, type: 'video/mp4' })).toBe('not-an-image');
  });

  it('lets images through, and files with no type at all (some HEIC photos) for decoding to judge', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'IMAGE/JPEG', '']) {
      expect(imageInputProblem({ size: 3 * MB, type }), type).toBeNull();
    }
  });
});
