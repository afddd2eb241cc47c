import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHubCli } from '../kit/startHub.ts';
import { FIXTURE_CATALOG_FILE, fixtureCatalog } from './fixtures/fixtureCatalog.ts';
import { tempDir } from './tempDir.ts';

// The CLI as a coordinator runs it: a real process on a real data folder.
describe('npm run hub -- …', () => {
  it('imports a good file, tells the version and the counts, and exports it back unchanged', async () => {
    const dataDir = tempDir();
    const imported = await runHubCli(['import-catalog', FIXTURE_CATALOG_FILE], { dataDir });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('now at version 1 (was 0)');
    expect(imported.stdout).toMatch(/services\s+3 new or changed, 0 removed/);

    expect(await runHubCli(['catalog-version'], { dataDir })).toMatchObject({ code: 0, stdout: '1\n' });

    const exported = await runHubCli(['export-catalog'], { dataDir });
    expect(exported.code).toBe(0);
    const file = JSON.parse(exported.stdout);
    expect(file.services.map((s: { id: string }) => s.id)).toEqual(fixtureCatalog().services.map((s) => s.id));

    const copy = join(dataDir, 'exported.json');
    expect((await runHubCli(['export-catalog', copy], { dataDir })).code).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(exported.stdout);
    const reimported = await runHubCli(['import-catalog', copy], { dataDir });
    expect(reimported).toMatchObject({ code: 0 });
    expect(reimported.stdout).toContain('Nothing changed');
  });

  it('refuses a bad file with exit 1, naming every record and field, and leaves the catalog alone', async () => {
    const dataDir = tempDir();
    await runHubCli(['import-catalog', FIXTURE_CATALOG_FILE], { dataDir });
    const bad = fixtureCatalog();
    const [renew, licence] = bad.services;
    const fee = renew?.fees[1];
    if (fee && licence) {
      fee.amountCents = -900;
      licence.spotKinds = [];
    }
    const file = join(dataDir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad, null, 2));

    const refused = await runHubCli(['import-catalog', file], { dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('the catalog stays at version 1');
    expect(refused.stderr).toContain('services[0] (cartao-cidadao-renovar) · fees[1].amountCents: ');
    expect(refused.stderr).toContain('services[1] (carta-conducao-revalidar) · spotKinds: offered by no kind of spot');
    expect((await runHubCli(['catalog-version'], { dataDir })).stdout).toBe('1\n');
  });

  it('refuses a file that is not JSON with its line', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'broken.json');
    writeFileSync(file, '{\n  "entities": [],\n  "services": [,]\n}\n');
    const refused = await runHubCli(['import-catalog', file], { dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/catalog: not valid JSON at line 3, column 16/);
  });

  it('answers an unknown command with the usage and exit 2', async () => {
    const dataDir = tempDir();
    const res = await runHubCli(['enrol-device'], { dataDir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('unknown command "enrol-device"');
    expect(res.stderr).toContain('import-catalog FILE');
    const help = await runHubCli(['help'], { dataDir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('export-catalog [FILE]');
    expect((await runHubCli(['import-catalog'], { dataDir })).code).toBe(2);
  });
});
