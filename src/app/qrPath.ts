/**
 * An SVG path that draws a QR code's dark modules, one unit square each, in one `<path>`: each run of dark
 * modules along a row is one rectangle, so a version-4 code is a few hundred short commands, not a
 * thousand. The matrix is `encode()`'s `data` (rows of `true` for dark); (0, 0) is its top-left module.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const commands: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      const run = x - start;
      commands.push(`M${start} ${y}h${run}v1h-${run}z`);
    }
  });
  return commands.join('');
}
