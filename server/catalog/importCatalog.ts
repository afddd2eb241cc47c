import { recordsOf } from '../../src/core/catalog/catalogDelta.ts';
import { type CatalogProblem, validateCatalog } from '../../src/core/catalog/validateCatalog.ts';
import type { CatalogStore, ImportOutcome } from '../store/CatalogStore.ts';
import { parseCatalogText } from './parseCatalogText.ts';

export type ImportResult = { ok: true; outcome: ImportOutcome } | { ok: false; problems: CatalogProblem[] };

/**
 * Imports a catalog file's text: all of it or none of it. A file with any problem (bad JSON, a bad
 * field, a duplicate id, a reference to a record that is not there) is refused with every problem
 * found, and the store is not touched, so devices never download a catalog a coordinator has not fixed.
 */
export async function importCatalog(store: CatalogStore, text: string, source: string): Promise<ImportResult> {
  const parsed = parseCatalogText(text);
  if (!parsed.ok) return parsed;
  const checked = validateCatalog(parsed.value);
  if (!checked.ok) return checked;
  return { ok: true, outcome: await store.applyImport(recordsOf(checked.catalog), source) };
}
