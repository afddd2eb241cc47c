import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildHub } from '../../server/app.ts';
import { importCatalog } from '../../server/catalog/importCatalog.ts';
import type { HubKeyring } from '../../server/keys/HubKeyring.ts';
import type { HubStore } from '../../server/store/HubStore.ts';
import {
  CATALOG_SIGNATURE_HEADER,
  CatalogSignatureInvalid,
  verifyCatalogAnswer,
} from '../../src/core/catalog/catalogSignature.ts';
import { fixtureCatalog } from './fixtures/fixtureCatalog.ts';
import { INDEX_HTML, makeAppDir } from './fixtures/makeAppDir.ts';
import { openTestStore } from './openTestStore.ts';
import { tempDir } from './tempDir.ts';
import { testKeyring } from './testKeyring.ts';

async function hubWithCatalog(): Promise<{ app: FastifyInstance; store: HubStore; keys: HubKeyring }> {
  const { store, dataDir } = openTestStore();
  await importCatalog(store, JSON.stringify(fixtureCatalog()), 'test');
  const keys = await testKeyring(dataDir);
  const app = buildHub({ store, keys, appDir: makeAppDir(), logger: false });
  onTestFinished(() => app.close());
  return { app, store, keys };
}

function expectSecurityHeaders(headers: Record<string, unknown>) {
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("require-trusted-types-for 'script'");
  expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toBe('camera=(self), geolocation=(), microphone=()');
  // Plain HTTP: HSTS would be meaningless.
  expect(headers['strict-transport-security']).toBeUndefined();
}

describe('GET /api/catalog', () => {
  it('answers the whole catalog to a new device, with an ETag and no HTTP caching', async () => {
    const { app } = await hubWithCatalog();
    const res = await app.inject({ url: '/api/catalog' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.etag).toBe('"c1"');
    expect(res.headers['cache-control']).toBe('no-store');
    const delta = res.json();
    expect(delta).toMatchObject({ version: 1, since: 0, full: true });
    expect(delta.upserts.services).toHaveLength(3);
    expect(delta.deletions).toEqual({ entities: [], lifeEvents: [], services: [], forms: [] });
  });

  it("signs each answer with the hub's receipt key, over the very bytes sent and the versions they span", async () => {
    const { app, keys } = await hubWithCatalog();
    const res = await app.inject({ url: '/api/catalog', headers: { 'accept-encoding': 'gzip' } });
    const signature = res.headers[CATALOG_SIGNATURE_HEADER];
    expect(typeof signature).toBe('string');
    const body = new Uint8Array(gunzipSync(res.rawPayload));
    const receiptKeys = await keys.receipts.publicKeys();
    await verifyCatalogAnswer(String(signature), body, { since: 0, version: 1 }, receiptKeys);
    const changed = new TextEncoder().encode(new TextDecoder().decode(body).replace('"version":1', '"version":1 '));
    await expect(
      verifyCatalogAnswer(String(signature), changed, { since: 0, version: 1 }, receiptKeys),
    ).rejects.toThrow(CatalogSignatureInvalid);
    await expect(verifyCatalogAnswer(String(signature), body, { since: 0, version: 2 }, receiptKeys)).rejects.toThrow(
      /other versions/,
    );
  });

  it('answers 304 with no body while the catalog has not moved, and the delta once it has', async () => {
    const { app, store } = await hubWithCatalog();
    const headers = { 'if-none-match': '"c1"' };
    const current = await app.inject({ url: '/api/catalog?since=1', headers });
    expect(current.statusCode).toBe(304);
    expect(current.body).toBe('');
    expect(current.headers.etag).toBe('"c1"');
    expect(current.headers['cache-control']).toBe('no-store');

    const edited = fixtureCatalog();
    edited.services.pop();
    await importCatalog(store, JSON.stringify(edited), 'edited');
    const moved = await app.inject({ url: '/api/catalog?since=1', headers });
    expect(moved.statusCode).toBe(200);
    expect(moved.headers.etag).toBe('"c2"');
    expect(moved.json()).toMatchObject({
      version: 2,
      since: 1,
      full: false,
      deletions: { services: ['certidao-nascimento'] },
    });
    const again = await app.inject({ url: '/api/catalog?since=1', headers: { 'if-none-match': 'W/"c2"' } });
    expect(again.statusCode).toBe(304);
    // The device, now at version 2, asks from there with the ETag the delta brought: nothing to send.
    const next = await app.inject({ url: '/api/catalog?since=2', headers: { 'if-none-match': moved.headers.etag } });
    expect(next.statusCode).toBe(304);
  });

  it.each(['abc', '-1', '1.5', '', '1e3', '99999999999999999999'])(
    'refuses since=%j with 400 bad-since',
    async (since) => {
      const { app } = await hubWithCatalog();
      const res = await app.inject({ url: `/api/catalog?since=${encodeURIComponent(since)}` });
      expect(res.statusCode).toBe(400);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toEqual({ error: { code: 'bad-since', message: expect.stringContaining('since') } });
    },
  );

  it('refuses two since values', async () => {
    const { app } = await hubWithCatalog();
    const res = await app.inject({ url: '/api/catalog?since=1&since=2' });
    expect(res.json().error.code).toBe('bad-since');
  });
});

describe('the rest of /api', () => {
  it('GET /api/health tells the catalog version', async () => {
    const { app } = await hubWithCatalog();
    const res = await app.inject({ url: '/api/health' });
    expect(res.json()).toEqual({ ok: true, catalogVersion: 1 });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('an unknown API answers 404 JSON with a code, never the app shell', async () => {
    const { app } = await hubWithCatalog();
    const res = await app.inject({ url: '/api/nope', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res.headers);
  });

  it('a failure inside the hub answers 500 JSON without its stack', async () => {
    const { store, dataDir } = openTestStore();
    const broken: HubStore = {
      ...store,
      currentVersion: async () => {
        throw new Error('disk I/O error at /secret/path');
      },
    };
    const app = buildHub({ store: broken, keys: await testKeyring(dataDir), appDir: makeAppDir(), logger: false });
    onTestFinished(() => app.close());
    const res = await app.inject({ url: '/api/catalog' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: expect.stringMatching(/request/) } });
    expect(res.body).not.toMatch(/secret|disk|at /);
    expectSecurityHeaders(res.headers);
  });
});

describe('serving the app', () => {
  it('never lets HTTP caches keep sw.js, index.html or the manifest, and keeps hashed assets forever', async () => {
    const { app } = await hubWithCatalog();
    const cache = async (url: string) => {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expectSecurityHeaders(res.headers);
      return res.headers['cache-control'];
    };
    expect(await cache('/sw.js')).toBe('no-cache');
    expect(await cache('/')).toBe('no-cache');
    expect(await cache('/index.html')).toBe('no-cache');
    expect(await cache('/manifest.webmanifest')).toBe('no-cache');
    expect(await cache('/assets/x.js')).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates sw.js with a 304 that still carries the headers', async () => {
    const { app } = await hubWithCatalog();
    const first = await app.inject({ url: '/sw.js' });
    const again = await app.inject({ url: '/sw.js', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(again.headers);
  });

  it('opens the app shell for any page a mediator reloads or bookmarked', async () => {
    const { app } = await hubWithCatalog();
    const res = await app.inject({ url: '/visitas/hoje?x=1', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(INDEX_HTML);
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers);
  });

  it('answers 404 (not the shell) for a missing asset or a missing file a script asks for', async () => {
    const { app } = await hubWithCatalog();
    for (const [url, accept] of [
      ['/assets/gone-1234.js', 'text/html'],
      ['/icon.png', 'image/*'],
    ] as const) {
      const res = await app.inject({ url, headers: { accept } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not-found');
      expectSecurityHeaders(res.headers);
    }
  });

  it('says the app is not built (503) when there is no index.html', async () => {
    const { store, dataDir } = openTestStore();
    const app = buildHub({ store, keys: await testKeyring(dataDir), appDir: tempDir('balcao-empty-'), logger: false });
    onTestFinished(() => app.close());
    for (const url of ['/', '/visitas']) {
      const res = await app.inject({ url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(503);
      expect(res.body).toContain('npm run build');
      expectSecurityHeaders(res.headers);
    }
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('compression', () => {
  it('sends the catalog compressed to a device that accepts gzip', async () => {
    const { app } = await hubWithCatalog();
    const plain = await app.inject({ url: '/api/catalog' });
    const gzipped = await app.inject({ url: '/api/catalog', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.rawPayload.byteLength).toBeLessThan(plain.rawPayload.byteLength / 2);
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });
});
