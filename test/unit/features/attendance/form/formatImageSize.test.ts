import { describe, expect, it } from 'vitest';
import { formatImageSize } from '../../../../../src/features/attendance/form/formatImageSize.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatImageSize', () => {
  it('writes a stored image’s size as each language does', () => {
    expect(plain(formatImageSize(245_300, 'pt'))).toBe('245 kB');
    expect(plain(formatImageSize(1_250_000, 'pt'))).toBe('1,3 MB');
    expect(plain(formatImageSize(1_250_000, 'en'))).toBe('1.3 MB');
  });

  it('never says 0 kB for a tiny image', () => {
    expect(plain(formatImageSize(120, 'pt'))).toBe('1 kB');
  });
});
