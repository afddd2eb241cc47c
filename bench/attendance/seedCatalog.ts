// The catalog the hub ships with, read as the device reads a download: through validateCatalog, so the
// defaults the schema fills in (optional documents, standard variants) are there as in the app.
import seed from '../../server/seed/catalog.json?raw';
import type { CatalogFile, Form, Service } from '../../src/core/catalog/catalogSchema.ts';
import { validateCatalog } from '../../src/core/catalog/validateCatalog.ts';

let checked: CatalogFile | undefined;

export function seedCatalog(): CatalogFile {
  if (!checked) {
    const validation = validateCatalog(JSON.parse(seed));
    if (!validation.ok) throw new Error('server/seed/catalog.json is not a valid catalog');
    checked = validation.catalog;
  }
  return checked;
}

export function seedService(id: string): Service {
  const service = seedCatalog().services.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`the seed has no service ${id}`);
  return service;
}

export function seedForm(id: string): Form {
  const form = seedCatalog().forms.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`the seed has no form ${id}`);
  return form;
}
