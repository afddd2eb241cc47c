import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { tempDir } from './tempDir.ts';

describe('the hub configuration', () => {
  it('defaults to 127.0.0.1:8080, ./data and ./dist, and creates the data folder', () => {
    const cwd = tempDir();
    const config = readConfig({}, cwd);
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: join(cwd, 'data'),
      appDir: join(cwd, 'dist'),
      logLevel: 'info',
    });
    expect(existsSync(config.dataDir)).toBe(true);
    expect(config.seedFile).toMatch(/server[/\\]seed[/\\]catalog\.json$/);
  });

  it('takes PORT, HOST, BALCAO_DATA and BALCAO_APP_DIR from the environment', () => {
    const cwd = tempDir();
    const config = readConfig({ PORT: '0', HOST: '0.0.0.0', BALCAO_DATA: 'var/hub', BALCAO_APP_DIR: '/srv/app' }, cwd);
    expect(config).toMatchObject({ port: 0, host: '0.0.0.0', dataDir: join(cwd, 'var/hub'), appDir: '/srv/app' });
    expect(existsSync(join(cwd, 'var/hub'))).toBe(true);
  });

  it.each(['abc', '80a', '-1', '65536', '8.5'])('refuses PORT=%s, naming the variable', (port) => {
    expect(() => readConfig({ PORT: port }, tempDir())).toThrow(/^PORT must be a whole number from 0 to 65535/);
  });

  it('refuses an unknown LOG_LEVEL', () => {
    expect(() => readConfig({ LOG_LEVEL: 'loud' }, tempDir())).toThrow(/LOG_LEVEL must be one of/);
  });
});
