import { readFile } from 'node:fs/promises';
import { formatProblem } from '../../src/core/catalog/validateCatalog.ts';
import type { CatalogStore, ImportOutcome } from '../store/CatalogStore.ts';
import { importCatalog } from './importCatalog.ts';

/**
 * Gives a new hub the catalog it ships with, so the first device to connect gets services to offer.
 * Only an empty catalog is seeded: once anything was imported, the coordinator's catalog rules. A
 * missing or invalid seed stops the hub, since it means the hub was packaged wrong.
 */
export async function seedCatalog(store: CatalogStore, seedFile: string): Promise<ImportOutcome | null> {
  if ((await store.currentVersion()) > 0) return null;
  let text: string;
  try {
    text = await readFile(seedFile, 'utf8');
  } catch (error) {
    throw new Error(`the seed catalog ${seedFile} cannot be read (${(error as Error).message})`);
  }
  const result = await importCatalog(store, text, 'seed');
  if (!result.ok) {
    throw new Error(`the seed catalog ${seedFile} is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.outcome;
}
