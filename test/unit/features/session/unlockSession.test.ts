import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { saveDraft } from '../../../../src/db/secure/drafts.ts';
import { createSessionStore, type SessionState } from '../../../../src/features/session/sessionStore.ts';
import { sessionDrafts, unlockSession } from '../../../../src/features/session/unlockSession.ts';
import { freshDb } from '../../../kit/freshDb.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

async function kitOfTwo() {
  db = freshDb();
  const ids: Record<string, string> = {};
  for (const name of ['Ana', 'Rui']) {
    const { mediator, dataKey } = await createMediator(
      db,
      { name, secret: `segredo de ${name}`, kind: 'passphrase' },
      { allowPin: false, iterations: 1_000 },
    );
    ids[name] = mediator.id;
    await saveDraft(db, dataKey, {
      id: `draft-${name}`,
      mediatorId: mediator.id,
      kind: 'attendance',
      serviceId: 'svc',
      payload: { citizen: `cidadão de ${name}` },
    });
  }
  return { ana: ids.Ana ?? '', rui: ids.Rui ?? '' };
}

const world = () => ({ db, now: () => 1_000 });

describe('createSessionStore', () => {
  it('holds the unlocked mediator and drops the key on lock', () => {
    const store = createSessionStore();
    const seen: SessionState['status'][] = [];
    const stop = store.subscribe((state) => seen.push(state.status));
    const key = {} as CryptoKey;
    store.unlock('m-1', key, 5);
    expect(store.get()).toEqual({ status: 'unlocked', mediatorId: 'm-1', dataKey: key, unlockedAt: 5 });
    store.lock('button');
    store.lock('idle');
    expect(store.get()).toEqual({ status: 'locked', reason: 'button' });
    expect(JSON.stringify(store.get())).not.toContain('dataKey');
    expect(seen).toEqual(['locked', 'unlocked', 'locked']);
    stop();
  });
});

describe('unlockSession', () => {
  it('switching mediator locks first and never lists the other’s drafts', async () => {
    const { ana, rui } = await kitOfTwo();
    const store = createSessionStore();
    expect(await sessionDrafts(db, store.get())).toEqual([]);

    expect((await unlockSession(world(), store, ana, 'segredo de Ana')).ok).toBe(true);
    expect((await sessionDrafts(db, store.get())).map((d) => d.id)).toEqual(['draft-Ana']);

    const states: string[] = [];
    store.subscribe((state) => states.push(state.status === 'unlocked' ? state.mediatorId : state.status));
    // Rui takes over with a wrong secret: Ana's session is closed all the same.
    expect(await unlockSession(world(), store, rui, 'errado')).toMatchObject({ ok: false, reason: 'wrong-secret' });
    expect(store.get()).toEqual({ status: 'locked', reason: 'switch' });
    expect(await sessionDrafts(db, store.get())).toEqual([]);

    expect((await unlockSession(world(), store, rui, 'segredo de Rui')).ok).toBe(true);
    expect((await sessionDrafts(db, store.get())).map((d) => d.id)).toEqual(['draft-Rui']);
    expect(states).toEqual([ana, 'locked', rui]);
  });

  it('drops a slow unlock when the session was locked or opened meanwhile', async () => {
    const { ana, rui } = await kitOfTwo();
    const store = createSessionStore();
    const slow = unlockSession(world(), store, ana, 'segredo de Ana');
    const fast = unlockSession(world(), store, rui, 'segredo de Rui');
    expect(await slow).toEqual({ ok: false, reason: 'superseded' });
    expect((await fast).ok).toBe(true);
    expect(store.get()).toMatchObject({ status: 'unlocked', mediatorId: rui });

    const locked = unlockSession(world(), store, ana, 'segredo de Ana');
    store.lock('idle');
    expect(await locked).toEqual({ ok: false, reason: 'superseded' });
    expect(store.get()).toMatchObject({ status: 'locked' });
  });
});
