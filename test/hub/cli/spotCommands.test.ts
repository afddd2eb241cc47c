import { describe, expect, it } from 'vitest';
import { runHubCli } from '../../kit/startHub.ts';
import { FIXTURE_CATALOG_FILE } from '../fixtures/fixtureCatalog.ts';
import { tempDir } from '../tempDir.ts';

const SPOT = [
  '--id',
  'ecs-lar-sao-jose',
  '--name',
  'Lar de São José',
  '--kind',
  'solidarity',
  '--municipality',
  'Fundão',
];

// Spots and enrollment codes as a coordinator makes them: real processes on a real data folder.
describe('npm run hub -- add-spot / list-spots / enroll-code', () => {
  it('adds a spot with the default lock settings, lists it, and refuses its id twice', async () => {
    const dataDir = tempDir();
    const added = await runHubCli(['add-spot', ...SPOT], { dataDir });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added spot ecs-lar-sao-jose');
    const listed = await runHubCli(['list-spots'], { dataDir });
    expect(listed.stdout).toContain(
      'ecs-lar-sao-jose  solidarity  Lar de São José (Fundão)  services: every solidarity service',
    );
    expect(listed.stdout).toContain('lock: 300s idle, 60s hidden, passphrase only');
    const twice = await runHubCli(['add-spot', ...SPOT], { dataDir });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already exists');
  });

  it('takes its services from the catalog and its lock settings from the options', async () => {
    const dataDir = tempDir();
    await runHubCli(['import-catalog', FIXTURE_CATALOG_FILE], { dataDir });
    const args = [
      'add-spot',
      '--id',
      'ecm-fundao',
      '--name',
      'ECM Fundão',
      '--kind',
      'mobile',
      '--municipality',
      'Fundão',
    ];
    const unknown = await runHubCli([...args, '--services', 'cartao-cidadao-renovar,no-such-service'], { dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--services: the catalog (version 1) has no no-such-service');
    const added = await runHubCli(
      [...args, '--services', 'cartao-cidadao-renovar', '--idle-lock', '120', '--hidden-lock', '15', '--allow-pin'],
      { dataDir },
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('services: cartao-cidadao-renovar  lock: 120s idle, 15s hidden, PIN allowed');
  });

  it('refuses bad options, naming each, with exit 2', async () => {
    const dataDir = tempDir();
    const cases: [string[], RegExp][] = [
      [['--kind', 'van'], /--kind must be one of fixed, mobile, solidarity, not "van"/],
      [['--idle-lock', '5m'], /--idle-lock must be a whole number of seconds from 1 to 3600, not "5m"/],
      [['--hidden-lock', '0'], /--hidden-lock must be a whole number of seconds/],
      [['--id', 'Lar São José'], /--id must be a lowercase slug/],
      [['--services', 'a,,b'], /--services must be service ids/],
      [['--colour', 'blue'], /Unknown option '--colour'/],
    ];
    for (const [change, message] of cases) {
      const args = [...SPOT];
      const at = args.indexOf(change[0] ?? '');
      if (at >= 0) args.splice(at, 2);
      const res = await runHubCli(['add-spot', ...args, ...change], { dataDir });
      expect(res.code, change.join(' ')).toBe(2);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).toContain('usage: add-spot');
    }
    const missing = await runHubCli(['add-spot', '--id', 'x'], { dataDir });
    expect(missing.stderr).toMatch(/--name is required[\s\S]*--kind is required[\s\S]*--municipality is required/);
    expect((await runHubCli(['list-spots'], { dataDir })).stdout).toContain('No spots yet');
  });

  it('prints a one-time code for a spot, and refuses an unknown spot with exit 1', async () => {
    const dataDir = tempDir();
    await runHubCli(['add-spot', ...SPOT], { dataDir });
    const made = await runHubCli(['enroll-code', '--spot', 'ecs-lar-sao-jose'], { dataDir });
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(
      /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\nenrolls one device at Lar de São José/,
    );
    const other = await runHubCli(['enroll-code', '--spot', 'ecs-lar-sao-jose'], { dataDir });
    expect(other.stdout.slice(0, 14)).not.toBe(made.stdout.slice(0, 14));

    const unknown = await runHubCli(['enroll-code', '--spot', 'nowhere'], { dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('there is no spot "nowhere": list them with list-spots, or add it with add-spot\n');
    expect((await runHubCli(['enroll-code'], { dataDir })).stderr).toContain('--spot is required');
    expect((await runHubCli(['enroll-code', '--spot', 'ecs-lar-sao-jose', '--hours', '0'], { dataDir })).code).toBe(2);
  });
});
