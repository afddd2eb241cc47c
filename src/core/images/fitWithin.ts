export interface Size {
  width: number;
  height: number;
}

/**
 * The size an image is drawn at so its long side is at most `maxSide`, its aspect ratio kept (the short
 * side rounded to the nearest pixel, never below 1) and never enlarged: a small photo stays as taken.
 */
export function fitWithin(width: number, height: number, maxSide: number): Size {
  for (const [name, value] of [
    ['width', width],
    ['height', height],
    ['maxSide', maxSide],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of pixels ≥ 1`);
  }
  const longSide = Math.max(width, height);
  if (longSide <= maxSide) return { width, height };
  const scale = maxSide / longSide;
  const shorten = (side: number) => (side === longSide ? maxSide : Math.max(1, Math.round(side * scale)));
  return { width: shorten(width), height: shorten(height) };
}
