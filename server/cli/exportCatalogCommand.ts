import { writeFile } from 'node:fs/promises';
import { exportCatalog } from '../catalog/exportCatalog.ts';
import type { Command } from './Command.ts';

export const exportCatalogCommand: Command = {
  args: '[FILE]',
  summary: 'write the current catalog as a catalog file to FILE, or to stdout',
  async run(args, world) {
    if (args.length > 1) {
      world.err('usage: export-catalog [FILE]\n');
      return 2;
    }
    const { version, catalog } = await exportCatalog(world.store());
    const text = `${JSON.stringify(catalog, null, 2)}\n`;
    const [file] = args;
    if (file === undefined) {
      world.out(text);
      return 0;
    }
    await writeFile(file, text, 'utf8');
    world.out(`Wrote catalog version ${version} to ${file}.\n`);
    return 0;
  },
};
