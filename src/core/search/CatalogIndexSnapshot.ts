import type { AsPlainObject } from 'minisearch';

/**
 * A built index as plain data, to keep beside the catalog (IndexedDB, or a message to a worker) and
 * revive with `loadCatalogIndex` several times faster than indexing the services again. `format` names
 * the tokenizer and fields it was built with: a snapshot of another format is rebuilt, never read.
 */
export interface CatalogIndexSnapshot {
  format: 1;
  index: AsPlainObject;
}
