import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Form, Service } from '../../../../src/core/catalog/catalogSchema.ts';
import { formatProblem, validateCatalog } from '../../../../src/core/catalog/validateCatalog.ts';

// A path, not a URL: under happy-dom `URL` is happy-dom's, which Node's fs does not take.
const SEED = join(import.meta.dirname, '../../../../server/seed/catalog.json');
const checked = validateCatalog(JSON.parse(readFileSync(SEED, 'utf8')));

/** The seed's service and its form, as an attendance copies them. */
export function seedServiceAndForm(serviceId: string): { service: Service; form: Form } {
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
  const service = checked.catalog.services.find((s) => s.id === serviceId);
  const form = checked.catalog.forms.find((f) => f.id === service?.formId);
  if (!service || !form) throw new Error(`no service ${serviceId} with a form in the seed`);
  return { service, form };
}
