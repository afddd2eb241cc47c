import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWithin } from '../../../../src/core/images/fitWithin.ts';

const side = fc.integer({ min: 1, max: 20_000 });

describe('fitWithin', () => {
  it('brings a 12-megapixel photo to 2000 px on its long side, either way up', () => {
    expect(fitWithin(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin(3000, 4000, 2000)).toEqual({ width: 1500, height: 2000 });
    expect(fitWithin(4032, 4032, 2000)).toEqual({ width: 2000, height: 2000 });
  });

  it('leaves an image that already fits as it is, never enlarging it', () => {
    expect(fitWithin(1200, 900, 2000)).toEqual({ width: 1200, height: 900 });
    expect(fitWithin(2000, 10, 2000)).toEqual({ width: 2000, height: 10 });
  });

  it('keeps a sliver at least one pixel wide', () => {
    expect(fitWithin(20_000, 1, 2000)).toEqual({ width: 2000, height: 1 });
  });

  it('refuses sizes that are not whole pixels', () => {
    expect(() => fitWithin(0, 100, 2000)).toThrow(RangeError);
    expect(() => fitWithin(100, 12.5, 2000)).toThrow(RangeError);
    expect(() => fitWithin(100, 100, Number.NaN)).toThrow(RangeError);
  });

  it('for any size: long side within the limit, aspect ratio kept within a pixel, never upscaled', () => {
    fc.assert(
      fc.property(side, side, fc.integer({ min: 1, max: 8000 }), (width, height, maxSide) => {
        const fitted = fitWithin(width, height, maxSide);
        expect(Number.isInteger(fitted.width) && Number.isInteger(fitted.height)).toBe(true);
        expect(Math.max(fitted.width, fitted.height)).toBeLessThanOrEqual(maxSide);
        expect(fitted.width).toBeLessThanOrEqual(width);
        expect(fitted.height).toBeLessThanOrEqual(height);
        expect(Math.min(fitted.width, fitted.height)).toBeGreaterThanOrEqual(1);
        // The short side is where the exact scale would put it, to the pixel.
        const scale = fitted.width === width && fitted.height === height ? 1 : maxSide / Math.max(width, height);
        expect(Math.abs(fitted.width - width * scale)).toBeLessThanOrEqual(1);
        expect(Math.abs(fitted.height - height * scale)).toBeLessThanOrEqual(1);
        if (Math.max(width, height) <= maxSide) expect(fitted).toEqual({ width, height });
        else expect(Math.max(fitted.width, fitted.height)).toBe(maxSide);
      }),
      { numRuns: 2000 },
    );
  });
});
