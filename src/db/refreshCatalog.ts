import * as v from 'valibot';
import { type CatalogDelta, CatalogDeltaSchema } from '../core/catalog/catalogDelta.ts';
import {
  CATALOG_SIGNATURE_HEADER,
  CatalogSignatureInvalid,
  verifyCatalogAnswer,
} from '../core/catalog/catalogSignature.ts';
import { applyCatalogDelta, CatalogVersionMismatch } from './applyCatalogDelta.ts';
import type { BalcaoDb } from './balcaoDb.ts';
import { catalogMeta, markCatalogChecked } from './catalogMeta.ts';
import { deviceIdentity } from './device/deviceIdentity.ts';

export interface RefreshWorld {
  db: BalcaoDb;
  fetch: typeof fetch;
  now: () => number;
  /** The hub's origin; the page's own origin when empty. */
  hubUrl?: string;
  timeoutMs?: number;
}

export type RefreshOutcome =
  | { kind: 'updated'; version: number; upserts: number; deletions: number }
  | { kind: 'current'; version: number };

/** Why a refresh failed, in words the app can turn into what the mediator should do. */
export type RefreshFailure = 'offline' | 'hub-error' | 'garbage' | 'storage';

export class CatalogRefreshError extends Error {
  override name = 'CatalogRefreshError';
  constructor(
    readonly reason: RefreshFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Brings the device's catalog up to the hub's: asks for the delta since the stored version (with the
 * stored ETag, so an unchanged catalog costs a 304), checks every record of the answer, and applies it
 * in one transaction. Anything short of a whole, valid answer — no network, a timeout, a 5xx, a captive
 * portal's HTML, a truncated body, an answer not signed by the hub this device enrolled with — throws
 * and leaves the cached catalog exactly as it was.
 */
export async function refreshCatalog(world: RefreshWorld): Promise<RefreshOutcome> {
  const meta = await catalogMeta(world.db);
  try {
    return await fetchAndApply(world, meta.version, meta.etag);
  } catch (error) {
    // The stored copy moved under us (another tab applied a delta): start over from a full catalog.
    if (error instanceof CatalogVersionMismatch) return fetchAndApply(world, 0, null);
    throw error;
  }
}

async function fetchAndApply(world: RefreshWorld, since: number, etag: string | null): Promise<RefreshOutcome> {
  const url = `${world.hubUrl ?? ''}/api/catalog${since > 0 ? `?since=${since}` : ''}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (since > 0 && etag) headers['if-none-match'] = etag;
  let response: Response;
  try {
    response = await world.fetch(url, { headers, signal: AbortSignal.timeout(world.timeoutMs ?? 20_000) });
  } catch (error) {
    throw new CatalogRefreshError('offline', `hub unreachable: ${String(error)}`);
  }
  if (response.status === 304) {
    await storage(() => markCatalogChecked(world.db, world.now()));
    return { kind: 'current', version: since };
  }
  if (!response.ok) throw new CatalogRefreshError('hub-error', `hub answered ${response.status}`);
  const { delta, bytes } = await readDelta(response);
  await checkSignature(world.db, response, bytes, delta);
  await storage(() => applyCatalogDelta(world.db, delta, { etag: response.headers.get('etag'), now: world.now() }));
  const upserts = Object.values(delta.upserts).reduce((n, list) => n + list.length, 0);
  const deletions = Object.values(delta.deletions).reduce((n, list) => n + list.length, 0);
  if (!delta.full && upserts + deletions === 0) return { kind: 'current', version: delta.version };
  return { kind: 'updated', version: delta.version, upserts, deletions };
}

async function readDelta(response: Response): Promise<{ delta: CatalogDelta; bytes: Uint8Array<ArrayBuffer> }> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new CatalogRefreshError('garbage', `not JSON but "${type}"`);
  let body: unknown;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CatalogRefreshError('garbage', `unreadable JSON: ${String(error)}`);
  }
  const parsed = v.safeParse(CatalogDeltaSchema, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new CatalogRefreshError('garbage', `${v.getDotPath(issue) ?? 'answer'}: ${issue.message}`);
  }
  return { delta: parsed.output, bytes };
}

/**
 * A device that holds its hub's receipt keys takes a catalog only signed by one of them. One enrolled
 * before the hub had receipt keys holds none, and takes it as before, until its profile brings them.
 */
async function checkSignature(
  db: BalcaoDb,
  response: Response,
  bytes: Uint8Array<ArrayBuffer>,
  delta: CatalogDelta,
): Promise<void> {
  const keys = (await deviceIdentity(db))?.receiptKeys ?? [];
  if (keys.length === 0) return;
  try {
    await verifyCatalogAnswer(
      response.headers.get(CATALOG_SIGNATURE_HEADER),
      bytes,
      { since: delta.since, version: delta.version },
      keys,
    );
  } catch (error) {
    if (!(error instanceof CatalogSignatureInvalid)) throw error;
    throw new CatalogRefreshError('garbage', `not the hub's catalog: ${error.message}`);
  }
}

async function storage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof CatalogVersionMismatch) throw error;
    throw new CatalogRefreshError('storage', `could not write the catalog: ${String(error)}`);
  }
}
