import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { createMediator, MediatorRefused } from '../../../../src/db/secure/createMediator.ts';
import { listMediators } from '../../../../src/db/secure/listMediators.ts';
import { unlockMediator } from '../../../../src/db/secure/unlockMediator.ts';
import { freshDb } from '../../../kit/freshDb.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

const FAST = { allowPin: true, iterations: 1_000 };

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediatorRefused);
  return (error as MediatorRefused).problems;
}

describe('createMediator', () => {
  it('creates a mediator at 600,000 PBKDF2 iterations who unlocks with the same passphrase', async () => {
    db = freshDb();
    const { mediator, dataKey } = await createMediator(
      db,
      { name: ' Ana Sousa ', secret: 'pão com chouriço', kind: 'passphrase' },
      { allowPin: false, now: () => 5 },
    );

    const row = await db.mediators.get(mediator.id);
    expect(row).toMatchObject({ name: 'Ana Sousa', secretKind: 'passphrase', iterations: 600_000, failedAttempts: 0 });
    expect(row?.salt).toBeInstanceOf(Uint8Array);
    expect(row?.salt.byteLength).toBe(16);
    expect(row?.wrapIv.byteLength).toBe(12);
    expect(mediator).toEqual({ id: mediator.id, name: 'Ana Sousa', secretKind: 'passphrase', createdAt: 5 });

    // The same passphrase typed with a decomposed "ã" and "ç" (another keyboard) unlocks too.
    const outcome = await unlockMediator(db, mediator.id, 'pão com chouriço'.normalize('NFD'), 10);
    if (!outcome.ok) throw new Error(`unlock failed: ${outcome.reason}`);
    // Both keys open what the other sealed: they are the same data key.
    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, dataKey, new TextEncoder().encode('olá'));
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, outcome.dataKey, sealed);
    expect(new TextDecoder().decode(opened)).toBe('olá');
  });

  it('hands back a data key that cannot be exported, only used', async () => {
    db = freshDb();
    const { dataKey } = await createMediator(db, { name: 'Rui', secret: '123456', kind: 'pin' }, FAST);
    expect(dataKey.extractable).toBe(false);
    expect(dataKey.usages.sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', dataKey)).rejects.toThrow();
    // Stored, it is only wrapped: no raw key lies in the row.
    const [row] = await db.mediators.toArray();
    expect(Object.values(row ?? {}).some((value) => value instanceof CryptoKey)).toBe(false);
  });

  it('refuses a short passphrase, a PIN that is not six digits, and a PIN where the spot allows none', async () => {
    db = freshDb();
    const create = (secret: string, kind: 'pin' | 'passphrase', allowPin = true) =>
      createMediator(db, { name: 'Rui', secret, kind }, { ...FAST, allowPin });
    expect(await refusal(create('curta', 'passphrase'))).toEqual(['passphrase-too-short']);
    expect(await refusal(create('12345', 'pin'))).toEqual(['pin-not-six-digits']);
    expect(await refusal(create('12345a', 'pin'))).toEqual(['pin-not-six-digits']);
    expect(await refusal(create('123456', 'pin', false))).toEqual(['pin-not-allowed']);
    expect(await db.mediators.count()).toBe(0);
  });

  it('refuses a missing name and a name another mediator of the kit already has', async () => {
    db = freshDb();
    await createMediator(db, { name: 'José Antunes', secret: 'segredo forte', kind: 'passphrase' }, FAST);
    expect(await refusal(createMediator(db, { name: '  ', secret: 'x', kind: 'passphrase' }, FAST))).toEqual([
      'name-missing',
      'passphrase-too-short',
    ]);
    expect(
      await refusal(createMediator(db, { name: 'jose  antunes', secret: 'outro segredo', kind: 'passphrase' }, FAST)),
    ).toEqual(['name-taken']);
  });

  it('lists mediators for the lock screen without their salts or keys', async () => {
    db = freshDb();
    await createMediator(db, { name: 'Zé', secret: '654321', kind: 'pin' }, FAST);
    await createMediator(db, { name: 'Ana', secret: 'segredo forte', kind: 'passphrase' }, FAST);
    const listed = await listMediators(db);
    expect(listed.map((m) => m.name)).toEqual(['Ana', 'Zé']);
    for (const m of listed)
      expect(Object.keys(m).sort()).toEqual([
        'createdAt',
        'failedAttempts',
        'id',
        'name',
        'nextAttemptAt',
        'secretKind',
      ]);
  });
});
