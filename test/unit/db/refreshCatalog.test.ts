import { afterEach, describe, expect, it } from 'vitest';
import { type CatalogDelta, diffCatalog } from '../../../src/core/catalog/catalogDelta.ts';
import { CATALOG_SIGNATURE_HEADER, signCatalogAnswer } from '../../../src/core/catalog/catalogSignature.ts';
import type { BalcaoDb } from '../../../src/db/balcaoDb.ts';
import { catalogMeta } from '../../../src/db/catalogMeta.ts';
import { enrollDevice } from '../../../src/db/device/enrollDevice.ts';
import { readCatalog } from '../../../src/db/readCatalog.ts';
import { CatalogRefreshError, refreshCatalog } from '../../../src/db/refreshCatalog.ts';
import { records, service } from '../../kit/catalogFixture.ts';
import { freshDb } from '../../kit/freshDb.ts';
import { fakeHub, receiptSigner } from './device/fakeHub.ts';

const full = (version: number, services = [service('a'), service('b')]): CatalogDelta => ({
  version,
  since: 0,
  full: true,
  upserts: records(services),
  deletions: { entities: [], lifeEvents: [], services: [], forms: [] },
});

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A hub that answers from a queue, recording what the device asked. */
function hub(...answers: (Response | Error)[]) {
  const asked: { url: string; ifNoneMatch: string | null }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    asked.push({ url: String(url), ifNoneMatch: new Headers(init?.headers).get('if-none-match') });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

describe('refreshCatalog', () => {
  it('downloads the whole catalog on first start, then asks only for what changed', async () => {
    db = freshDb();
    const changed = diffCatalog(records([service('a'), service('b')]), records([service('a'), service('c')]));
    const delta: CatalogDelta = { version: 2, since: 1, full: false, ...changed };
    const { fetch, asked } = hub(json(full(1), 200, { etag: '"c1-s0"' }), json(delta, 200, { etag: '"c2-s1"' }));
    const now = () => 1_000;

    expect(await refreshCatalog({ db, fetch, now })).toMatchObject({ kind: 'updated', version: 1 });
    expect(await refreshCatalog({ db, fetch, now })).toEqual({ kind: 'updated', version: 2, upserts: 1, deletions: 1 });

    expect(asked.map((a) => a.url)).toEqual(['/api/catalog', '/api/catalog?since=1']);
    expect(asked[1]?.ifNoneMatch).toBe('"c1-s0"');
    const view = await readCatalog(db);
    expect(view.services.map((s) => s.id).sort()).toEqual(['a', 'c']);
    expect(await catalogMeta(db)).toMatchObject({ version: 2, etag: '"c2-s1"', updatedAt: 1_000 });
  });

  it('keeps the catalog and only notes the check on a 304', async () => {
    db = freshDb();
    const { fetch } = hub(json(full(4), 200, { etag: '"c4-s0"' }), new Response(null, { status: 304 }));
    let t = 10;
    await refreshCatalog({ db, fetch, now: () => t });
    t = 99;
    expect(await refreshCatalog({ db, fetch, now: () => t })).toEqual({ kind: 'current', version: 4 });
    expect(await catalogMeta(db)).toMatchObject({ version: 4, checkedAt: 99, updatedAt: 10 });
    expect((await readCatalog(db)).services).toHaveLength(2);
  });

  it.each([
    ['no network', new TypeError('Failed to fetch'), 'offline'],
    ['a 502 from the hub', new Response('Bad gateway', { status: 502 }), 'hub-error'],
    [
      'a captive portal page',
      new Response('<html>Login</html>', { headers: { 'content-type': 'text/html' } }),
      'garbage',
    ],
    [
      'a truncated body',
      new Response('{"version":5,"since', { headers: { 'content-type': 'application/json' } }),
      'garbage',
    ],
    ['JSON that is not a catalog', json({ version: 5, since: 4, full: false, upserts: {} }), 'garbage'],
    [
      'a service with a broken fee',
      json({ ...full(5), upserts: records([service('a', { verifiedAt: 'yesterday' })]) }),
      'garbage',
    ],
  ])('leaves the cached catalog in use after %s', async (_what, answer, reason) => {
    db = freshDb();
    const { fetch } = hub(json(full(3), 200, { etag: '"c3-s0"' }), answer);
    await refreshCatalog({ db, fetch, now: () => 1 });
    const error = await refreshCatalog({ db, fetch, now: () => 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogRefreshError);
    expect((error as CatalogRefreshError).reason).toBe(reason);
    expect(await catalogMeta(db)).toMatchObject({ version: 3, checkedAt: 1 });
    expect((await readCatalog(db)).services.map((s) => s.id).sort()).toEqual(['a', 'b']);
  });

  it('starts over from a full catalog when a delta was meant for another version', async () => {
    db = freshDb();
    const stale: CatalogDelta = { ...full(7), full: false, since: 5, upserts: records([]) };
    const { fetch, asked } = hub(json(full(3)), json(stale), json(full(7, [service('z')])));
    await refreshCatalog({ db, fetch, now: () => 1 });
    expect(await refreshCatalog({ db, fetch, now: () => 2 })).toMatchObject({ kind: 'updated', version: 7 });
    expect(asked.map((a) => a.url)).toEqual(['/api/catalog', '/api/catalog?since=3', '/api/catalog']);
    expect((await readCatalog(db)).services.map((s) => s.id)).toEqual(['z']);
  });

  it('never leaves half a catalog when the write fails midway', async () => {
    db = freshDb();
    const { fetch } = hub(json(full(1)), json(full(2, [service('x'), service('y')])));
    await refreshCatalog({ db, fetch, now: () => 1 });
    // The last write of the transaction fails (as a full disk would): everything before it must roll back.
    const put = db.meta.put.bind(db.meta);
    db.meta.put = () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')) as never;
    const error = await refreshCatalog({ db, fetch, now: () => 2 }).catch((e: unknown) => e);
    db.meta.put = put;
    expect((error as CatalogRefreshError).reason).toBe('storage');
    expect((await readCatalog(db)).services.map((s) => s.id).sort()).toEqual(['a', 'b']);
    expect((await catalogMeta(db)).version).toBe(1);
  });
});

describe('refreshCatalog on a device enrolled with its hub', () => {
  async function enrolledDb() {
    db = freshDb();
    const enrolling = fakeHub({ ABCD1234: 'valid' });
    await enrollDevice({ code: 'ABCD1234', db, fetch: enrolling.fetch });
  }
  const signedJson = async (delta: CatalogDelta, signedAs = delta) => {
    const body = JSON.stringify(delta);
    const signature = await signCatalogAnswer(
      JSON.stringify(signedAs),
      { since: signedAs.since, version: signedAs.version },
      await receiptSigner(),
    );
    return new Response(body, {
      headers: { 'content-type': 'application/json', [CATALOG_SIGNATURE_HEADER]: signature },
    });
  };

  it("applies a catalog signed with the hub's receipt key", async () => {
    await enrolledDb();
    const { fetch } = hub(await signedJson(full(1)));
    expect(await refreshCatalog({ db, fetch, now: () => 1 })).toMatchObject({ kind: 'updated', version: 1 });
    expect((await readCatalog(db)).services.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['no signature at all', async () => json(full(2, [service('evil')]))],
    [
      'a signature over another catalog (an official page swapped for a look-alike)',
      async () => {
        const evil = full(2, [service('a', { onlineUrl: 'https://eportugal.gov.pt.example.net/' })]);
        return signedJson(evil, full(2));
      },
    ],
  ])('refuses %s and keeps the catalog it had', async (_what, answer) => {
    await enrolledDb();
    const { fetch } = hub(await signedJson(full(1)), await answer());
    await refreshCatalog({ db, fetch, now: () => 1 });
    const error = await refreshCatalog({ db, fetch, now: () => 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogRefreshError);
    expect(error).toMatchObject({ reason: 'garbage', message: expect.stringContaining("not the hub's catalog") });
    expect((await catalogMeta(db)).version).toBe(1);
    expect((await readCatalog(db)).services.map((s) => [s.id, s.onlineUrl])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });
});
