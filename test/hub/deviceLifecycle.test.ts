import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHubKeyring } from '../../server/keys/openHubKeyring.ts';
import { AUTH_FAILURES } from '../../src/core/deviceAuth/signedCall.ts';
import type { HubPublicKey } from '../../src/core/seal/HubPublicKey.ts';
import { sealPayload } from '../../src/core/seal/sealPayload.ts';
import { runHubCli, startHub } from '../kit/startHub.ts';
import {
  deviceKeys,
  enrollBody,
  enrollDevice,
  errorCode,
  fetchTransport,
  postEnroll,
  signedCall,
} from './deviceKit.ts';
import { FIXTURE_CATALOG_FILE } from './fixtures/fixtureCatalog.ts';
import { tempDir } from './tempDir.ts';

const SPOT = [
  '--id',
  'ecm-idanha',
  '--name',
  'ECM Idanha-a-Nova',
  '--kind',
  'mobile',
  '--municipality',
  'Idanha-a-Nova',
];

async function cli(args: string[], dataDir: string): Promise<string> {
  const res = await runHubCli(args, { dataDir });
  if (res.code !== 0) throw new Error(`${args[0]} failed (${res.code}): ${res.stderr}`);
  return res.stdout;
}

const codeOf = (stdout: string) => stdout.split('\n')[0] ?? '';

interface Profile {
  deviceId: string;
  currentKid: string;
  hubKeys: HubPublicKey[];
  revoked: boolean;
  spot: { id: string; lock: { idleLockSeconds: number } };
}

// A device's life against the hub as deployed: the hub process, and the coordinator's CLI beside it.
describe('a device against a running hub', () => {
  it('enrolls with a CLI code, calls signed, and is refused as revoked after revoke-device', async () => {
    const dataDir = tempDir();
    await cli(['add-spot', ...SPOT, '--idle-lock', '120'], dataDir);
    const hub = await startHub({ dataDir, env: { BALCAO_SEED: FIXTURE_CATALOG_FILE } });
    try {
      const send = fetchTransport(hub.url);
      const code = codeOf(await cli(['enroll-code', '--spot', 'ecm-idanha'], dataDir));
      const device = await enrollDevice(send, code, 'Carrinha 1');
      const ok = await signedCall(send, device, { url: '/api/device' });
      expect(ok.status).toBe(200);
      expect(ok.json()).toMatchObject({
        deviceId: device.deviceId,
        revoked: false,
        spot: { id: 'ecm-idanha', lock: { idleLockSeconds: 120 } },
      });

      const listed = await cli(['list-devices'], dataDir);
      expect(listed).toContain(`${device.deviceId}  ecm-idanha  "Carrinha 1"`);
      expect(listed).toContain('active');
      const revoked = await cli(['revoke-device', device.deviceId], dataDir);
      expect(revoked).toContain(`Revoked device ${device.deviceId}`);

      const refused = await signedCall(send, device, { url: '/api/device' });
      expect(refused.status).toBe(401);
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(errorCode(refused)).toBe(AUTH_FAILURES.revoked);
      expect(await cli(['list-devices'], dataDir)).toContain('REVOKED');
      expect(await cli(['revoke-device', device.deviceId], dataDir)).toContain('already revoked');
      const unknown = await runHubCli(['revoke-device', '00000000-0000-4000-8000-000000000000'], { dataDir });
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('there is no device');
    } finally {
      await hub.stop();
    }
  });

  it('seals to the new key after rotate-key, and still opens what was sealed to the old one', async () => {
    const dataDir = tempDir();
    await cli(['add-spot', ...SPOT], dataDir);
    const hub = await startHub({ dataDir, env: { BALCAO_SEED: FIXTURE_CATALOG_FILE } });
    try {
      const send = fetchTransport(hub.url);
      const device = await enrollDevice(send, codeOf(await cli(['enroll-code', '--spot', 'ecm-idanha'], dataDir)));
      const before = device.profile as unknown as Profile;
      const oldKey = before.hubKeys.find((key) => key.kid === before.currentKid);
      if (!oldKey) throw new Error('the enrollment answer has no current key');
      const request = { citizen: { name: 'Maria Canário', nif: '123456789' } };
      const sealedToOld = await sealPayload(request, oldKey);

      const newKid = codeOf(await cli(['rotate-key'], dataDir));
      const after = (await signedCall(send, device, { url: '/api/device' })).json() as Profile;
      expect(after.currentKid).toBe(newKid);
      expect(after.hubKeys.map((key) => key.kid)).toEqual([newKid, before.currentKid]);

      const keysDir = join(dataDir, 'keys');
      for (const name of readdirSync(keysDir)) expect(statSync(join(keysDir, name)).mode & 0o777, name).toBe(0o600);
      const keys = await openHubKeyring(keysDir);
      expect(await keys.open(sealedToOld)).toEqual(request);
      const newKey = after.hubKeys[0];
      if (!newKey) throw new Error('no new key');
      expect(await keys.open(await sealPayload(request, newKey))).toEqual(request);
    } finally {
      await hub.stop();
    }
  });

  it('lets exactly one of two devices racing with one code enroll, through two hub processes', async () => {
    const dataDir = tempDir();
    await cli(['add-spot', ...SPOT], dataDir);
    const env = { BALCAO_SEED: FIXTURE_CATALOG_FILE };
    const first = await startHub({ dataDir, env });
    const second = await startHub({ dataDir, env });
    try {
      const code = codeOf(await cli(['enroll-code', '--spot', 'ecm-idanha'], dataDir));
      const bodies = await Promise.all([enrollBody(code, await deviceKeys()), enrollBody(code, await deviceKeys())]);
      const answers = await Promise.all([
        postEnroll(fetchTransport(first.url), bodies[0]),
        postEnroll(fetchTransport(second.url), bodies[1]),
      ]);
      expect(answers.map((res) => res.status).sort()).toEqual([200, 403]);
      expect(answers.map(errorCode)).toContain('enroll-code-used');
      expect((await cli(['list-devices'], dataDir)).trim().split('\n')).toHaveLength(1);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
