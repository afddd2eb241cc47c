/**
 * The modules an SVG path paints, read back from the path alone: each `M x y h w v 1 h -w z` is a run of
 * `w` unit squares. The set holds "x,y" for every square, so a test can compare it with a QR matrix.
 */
export function drawnCells(path: string): Set<string> {
  const cells = new Set<string>();
  const runs = [...path.matchAll(/M(-?\d+) (-?\d+)h(\d+)v1h-(\d+)z/g)];
  const consumed = runs.reduce((length, run) => length + run[0].length, 0);
  if (consumed !== path.length) throw new Error(`the path draws something other than runs of squares: ${path}`);
  for (const [, x, y, width, back] of runs) {
    if (width !== back) throw new Error(`a run that does not close: ${path}`);
    for (let i = 0; i < Number(width); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

/** The dark modules of a matrix (rows of `true` for dark), as "x,y". */
export function darkCells(modules: readonly (readonly boolean[])[]): Set<string> {
  const cells = new Set<string>();
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) cells.add(`${x},${y}`);
    });
  });
  return cells;
}
