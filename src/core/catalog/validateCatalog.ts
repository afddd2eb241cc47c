import * as v from 'valibot';
import { checkFormDefinition } from '../forms/validateFormDefinition.ts';
import { type CatalogFile, CatalogFileSchema } from './catalogSchema.ts';

/** One thing wrong with a catalog file: which record, which field, and why, for the coordinator to fix. */
export interface CatalogProblem {
  /** The record at fault, e.g. `services[3] (carta-revalidacao)`, or `catalog` for the file as a whole. */
  record: string;
  /** The field inside the record, e.g. `fees[0].amountCents`; empty for the record itself. */
  field: string;
  message: string;
}

export type CatalogValidation = { ok: true; catalog: CatalogFile } | { ok: false; problems: CatalogProblem[] };

const COLLECTIONS = ['entities', 'lifeEvents', 'services', 'forms'] as const;

/**
 * Checks a catalog file's shape (every record, every field) and then what a schema cannot: ids unique
 * in their collection, every reference (entity, life event, split share, form's service) pointing at a
 * record in the same file, and a form made for one service being the form that service uses. Nothing
 * is half-accepted: the caller gets the whole catalog or the list of problems.
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const parsed = v.safeParse(CatalogFileSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: parsed.issues.map((issue) => locate(input, issue)) };
  const problems = crossCheck(parsed.output);
  return problems.length === 0 ? { ok: true, catalog: parsed.output } : { ok: false, problems };
}

/** The local authority running the spot: the 6.5 % of a split that has no catalog entity of its own. */
export const LOCAL_AUTHORITY = 'autarquia';

function crossCheck(catalog: CatalogFile): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = (kind: (typeof COLLECTIONS)[number]) => {
    const seen = new Set<string>();
    catalog[kind].forEach((record, i) => {
      const id = 'version' in record ? `${record.id}@${record.version}` : record.id;
      if (seen.has(id)) problems.push({ record: `${kind}[${i}] (${id})`, field: 'id', message: `duplicate id ${id}` });
      seen.add(id);
    });
    return seen;
  };
  const entities = ids('entities');
  const lifeEvents = ids('lifeEvents');
  const services = ids('services');
  ids('forms');
  const formIds = new Set(catalog.forms.map((form) => form.id));
  const formIdOf = new Map(catalog.services.map((service) => [service.id, service.formId]));

  catalog.services.forEach((service, i) => {
    const record = `services[${i}] (${service.id})`;
    const refer = (field: string, id: string, known: Set<string>, what: string) => {
      if (!known.has(id)) problems.push({ record, field, message: `unknown ${what} "${id}"` });
    };
    refer('entityId', service.entityId, entities, 'entity');
    service.partnerEntityIds.forEach((id, j) => {
      refer(`partnerEntityIds[${j}]`, id, entities, 'entity');
    });
    service.lifeEventIds.forEach((id, j) => {
      refer(`lifeEventIds[${j}]`, id, lifeEvents, 'life event');
    });
    service.split.forEach((share, j) => {
      if (share.entityId !== LOCAL_AUTHORITY) refer(`split[${j}].entityId`, share.entityId, entities, 'entity');
    });
    if (service.formId !== null && !formIds.has(service.formId)) {
      problems.push({ record, field: 'formId', message: `unknown form "${service.formId}"` });
    }
    const variants = new Set<string>();
    service.fees.forEach((fee, j) => {
      const key = `${fee.channel}/${fee.variant}/${fee.minAge ?? ''}-${fee.maxAge ?? ''}`;
      if (variants.has(key)) {
        problems.push({
          record,
          field: `fees[${j}]`,
          message: `two fees for ${fee.channel}, ${fee.variant}, same ages`,
        });
      }
      variants.add(key);
    });
  });
  catalog.forms.forEach((form, i) => {
    const record = `forms[${i}] (${form.id}@${form.version})`;
    for (const problem of checkFormDefinition(form.definition)) {
      problems.push({ record, field: `definition.${problem.path}`, message: problem.message });
    }
    // A shared form (serviceId null) serves whichever services name it. A form written for one service
    // must be the one that service opens, or the mediator would be shown another form than the one meant.
    if (form.serviceId === null) return;
    if (!services.has(form.serviceId)) {
      problems.push({ record, field: 'serviceId', message: `unknown service "${form.serviceId}"` });
      return;
    }
    const used = formIdOf.get(form.serviceId) ?? null;
    if (used !== form.id) {
      const uses = used === null ? 'no form' : `form "${used}"`;
      problems.push({
        record,
        field: 'serviceId',
        message: `service "${form.serviceId}" uses ${uses}, not "${form.id}"`,
      });
    }
  });
  return problems;
}

/** Turns a valibot issue's path (`services.3.fees.0.amountCents`) into the record and the field at fault. */
function locate(input: unknown, issue: v.BaseIssue<unknown>): CatalogProblem {
  const path = issue.path?.map((item) => item.key as string | number) ?? [];
  const [collection, index, ...rest] = path;
  if (typeof collection === 'string' && typeof index === 'number') {
    const list = (input as Record<string, unknown>)[collection];
    const row = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
    const label = typeof row?.id === 'string' ? ` (${row.id})` : '';
    return { record: `${collection}[${index}]${label}`, field: joinPath(rest), message: issue.message };
  }
  return { record: 'catalog', field: joinPath(path), message: issue.message };
}

function joinPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

export function formatProblem(p: CatalogProblem): string {
  return `${p.record}${p.field ? ` · ${p.field}` : ''}: ${p.message}`;
}
