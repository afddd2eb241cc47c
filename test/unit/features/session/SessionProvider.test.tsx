import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import {
  requireUnlocked,
  type Session,
  SessionLocked,
  SessionProvider,
  useSession,
} from '../../../../src/features/session/SessionProvider.tsx';
import { createSessionStore } from '../../../../src/features/session/sessionStore.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { TEST_SPOT } from '../../app/appKit.tsx';
import { mount } from '../renderKit.tsx';

let db: BalcaoDb;
let unmount = () => {};
afterEach(async () => {
  unmount();
  await db?.delete();
});

describe('useSession and requireUnlocked', () => {
  it('give later screens the session, and the key only while it is unlocked', () => {
    db = freshDb();
    const store = createSessionStore();
    let seen: Session | null = null;
    const Probe = () => {
      seen = useSession();
      return null;
    };
    const view = mount(
      <SessionProvider store={store} db={db} spot={TEST_SPOT}>
        <Probe />
      </SessionProvider>,
    );
    unmount = view.unmount;
    const session = seen as unknown as Session;
    expect(session.state).toEqual({ status: 'locked', reason: 'start' });
    expect(() => requireUnlocked(session)).toThrow(SessionLocked);

    const key = {} as CryptoKey;
    store.unlock('m-1', key, 5);
    // Read from the store at the call, not from the render the screen last had.
    expect(requireUnlocked(session)).toEqual({ status: 'unlocked', mediatorId: 'm-1', dataKey: key, unlockedAt: 5 });
    session.lock();
    const refused = (() => {
      try {
        requireUnlocked(session);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(SessionLocked);
    expect((refused as SessionLocked).reason).toBe('button');
  });

  it('is only for screens of the enrolled app', () => {
    const Probe = () => {
      useSession();
      return null;
    };
    const original = console.error;
    console.error = () => {};
    try {
      expect(() => mount(<Probe />)).toThrow('outside the enrolled app');
    } finally {
      console.error = original;
    }
  });
});
