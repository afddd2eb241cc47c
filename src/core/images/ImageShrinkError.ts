/**
 * Why an image could not be shrunk: `too-large` (over the input limit, refused before decoding),
 * `not-an-image` (the file says it is something else), `unreadable` (the browser could not decode it:
 * damaged, or a format it does not read), `failed` (the worker stopped: out of memory, or never started).
 */
export type ImageProblem = 'too-large' | 'not-an-image' | 'unreadable' | 'failed';

/** Thrown by the image bridge; the attachment field turns `problem` into words and what to do. */
export class ImageShrinkError extends Error {
  readonly problem: ImageProblem;

  constructor(problem: ImageProblem, options?: { cause?: unknown }) {
    super(`image not shrunk: ${problem}`, options);
    this.name = 'ImageShrinkError';
    this.problem = problem;
  }
}
