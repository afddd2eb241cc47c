import type { Database } from 'better-sqlite3';
import type { Form, Service } from '../../../src/core/catalog/catalogSchema.ts';

interface Kinds {
  services: Service;
  forms: Form;
}

/**
 * The last body the hub had for a service or a form version (`id@version`): the live one, or the one it
 * had when an import removed it. Bodies were validated when imported, so they are trusted as records here.
 */
export function readLastRecord<K extends keyof Kinds>(db: Database, kind: K, key: string): Kinds[K] | undefined {
  const row = db
    .prepare('SELECT COALESCE(body, removed_body) AS body FROM catalog_records WHERE kind = ? AND key = ?')
    .get(kind, key) as { body: string | null } | undefined;
  return row?.body ? (JSON.parse(row.body) as Kinds[K]) : undefined;
}
