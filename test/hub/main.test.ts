import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHubCli, startHub } from '../kit/startHub.ts';
import { FIXTURE_CATALOG_FILE, fixtureCatalog } from './fixtures/fixtureCatalog.ts';
import { INDEX_HTML, makeAppDir } from './fixtures/makeAppDir.ts';
import { tempDir } from './tempDir.ts';

// The hub as deployed: `node --import tsx server/main.ts`, configured by its environment.
describe('the hub process', () => {
  it('seeds the catalog on first start and serves the API and the app with their headers', async () => {
    const hub = await startHub({ appDir: makeAppDir(), env: { BALCAO_SEED: FIXTURE_CATALOG_FILE } });
    try {
      const health = await fetch(`${hub.url}/api/health`);
      expect(await health.json()).toEqual({ ok: true, catalogVersion: 1 });
      expect(health.headers.get('content-security-policy')).toContain("object-src 'none'");
      expect(health.headers.get('x-content-type-options')).toBe('nosniff');
      expect(health.headers.get('referrer-policy')).toBe('no-referrer');

      const sw = await fetch(`${hub.url}/sw.js`);
      expect(sw.headers.get('cache-control')).toBe('no-cache');
      const asset = await fetch(`${hub.url}/assets/x.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const page = await fetch(`${hub.url}/atendimento/novo`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(INDEX_HTML);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

      const catalog = await fetch(`${hub.url}/api/catalog`);
      expect(catalog.headers.get('etag')).toBe('"c1"');
      expect((await catalog.json()).upserts.services).toHaveLength(3);
    } finally {
      await hub.stop();
    }
    // JSON log lines with a request id on each request.
    const lines = hub
      .logs()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines.some((line) => JSON.parse(line).msg === 'listening')).toBe(true);
    expect(lines.some((line) => typeof JSON.parse(line).reqId === 'string')).toBe(true);
    expect(hub.logs()).toContain('"msg":"stopped"');
  });

  it('keeps its catalog across a restart, and does not seed it again', async () => {
    const dataDir = tempDir();
    const env = { BALCAO_SEED: FIXTURE_CATALOG_FILE };
    const first = await startHub({ dataDir, env });
    await first.stop();
    const second = await startHub({ dataDir, env });
    try {
      expect(await (await fetch(`${second.url}/api/health`)).json()).toEqual({ ok: true, catalogVersion: 1 });
      expect(second.logs()).not.toContain('seeded the catalog');
    } finally {
      await second.stop();
    }
  });

  it('serves a catalog the coordinator imports with the CLI while it runs', async () => {
    const hub = await startHub({ env: { BALCAO_SEED: FIXTURE_CATALOG_FILE } });
    try {
      const edited = fixtureCatalog();
      edited.services = edited.services.filter((s) => s.id !== 'certidao-nascimento');
      const file = join(hub.dataDir, 'edited.json');
      writeFileSync(file, JSON.stringify(edited));
      const imported = await runHubCli(['import-catalog', file], { dataDir: hub.dataDir });
      expect(imported.code).toBe(0);
      const delta = await (await fetch(`${hub.url}/api/catalog?since=1`)).json();
      expect(delta).toMatchObject({
        version: 2,
        since: 1,
        full: false,
        deletions: { services: ['certidao-nascimento'] },
      });
    } finally {
      await hub.stop();
    }
  });

  it('does not start on an empty catalog without its seed, and says why on stderr', async () => {
    await expect(startHub({ env: { BALCAO_SEED: 'no-such-seed.json' } })).rejects.toThrow(
      /exited \(code 1[\s\S]*stderr ---\nbalcao hub: the seed catalog .*no-such-seed\.json cannot be read/,
    );
  });
});
