import { useEffect, useState } from 'preact/hooks';
import type { BalcaoDb } from '../db/balcaoDb.ts';

export type DatabaseState = { status: 'opening' } | { status: 'open' } | { status: 'failed'; blockedByTab: boolean };

/**
 * Opens the device's database before anything reads it. A private window, blocked site data, a full
 * disk or a broken profile make the open fail: the app then says so instead of showing nothing.
 */
export function useOpenDatabase(db: BalcaoDb): DatabaseState {
  const [state, setState] = useState<DatabaseState>({ status: db.isOpen() ? 'open' : 'opening' });
  useEffect(() => {
    let live = true;
    let opened = false;
    // Another tab holds an older version open and does not let go: say which fix applies. Only while
    // opening: once open, a block is the device's own wipe waiting a moment for a read to finish
    // (wipeDevice deletes the database), not something the mediator can fix.
    const onBlocked = () => live && !opened && setState({ status: 'failed', blockedByTab: true });
    db.on('blocked', onBlocked);
    db.open().then(
      () => {
        opened = true;
        if (live) setState({ status: 'open' });
      },
      (error: unknown) => {
        console.error('could not open the device database', error);
        if (live) setState({ status: 'failed', blockedByTab: false });
      },
    );
    return () => {
      live = false;
      db.on('blocked').unsubscribe(onBlocked);
    };
  }, [db]);
  return state;
}
