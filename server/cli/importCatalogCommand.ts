import { readFile } from 'node:fs/promises';
import { CATALOG_KINDS } from '../../src/core/catalog/catalogDelta.ts';
import { formatProblem } from '../../src/core/catalog/validateCatalog.ts';
import { importCatalog } from '../catalog/importCatalog.ts';
import type { Command } from './Command.ts';

export const importCatalogCommand: Command = {
  args: 'FILE',
  summary: 'replace the catalog with the one in FILE (refused whole if anything in it is wrong)',
  async run(args, world) {
    const [file] = args;
    if (file === undefined || args.length > 1) {
      world.err('usage: import-catalog FILE\n');
      return 2;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      world.err(`cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    const store = world.store();
    const result = await importCatalog(store, text, file);
    if (!result.ok) {
      const version = await store.currentVersion();
      const n = result.problems.length;
      world.err(`${file} was refused, the catalog stays at version ${version}. ${n} problem${n === 1 ? '' : 's'}:\n`);
      for (const problem of result.problems) world.err(`  ${formatProblem(problem)}\n`);
      return 1;
    }
    const { version, previousVersion, changed } = result.outcome;
    if (version === previousVersion) {
      world.out(`Nothing changed in ${file}: the catalog stays at version ${version}.\n`);
      return 0;
    }
    world.out(`Imported ${file}: the catalog is now at version ${version} (was ${previousVersion}).\n`);
    for (const kind of CATALOG_KINDS) {
      world.out(`  ${kind.padEnd(11)} ${changed.upserts[kind]} new or changed, ${changed.deletions[kind]} removed\n`);
    }
    return 0;
  },
};
