// An attendance's draft as its screen holds it (issue 4, item 3): read and decrypted once, then saved,
// encrypted under the mediator's key, a moment after every change. Saves run one after another, so a
// slow earlier save never lands over a later one, and the last change is saved when the screen closes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttendanceState } from '../../core/attendance/AttendanceState.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { DraftUnreadable, loadDraft, saveDraft } from '../../db/secure/drafts.ts';
import type { UnlockedSession } from '../session/SessionProvider.tsx';

/** The kind of draft an attendance is, in the drafts table. */
export const ATTENDANCE_DRAFT = 'attendance';

/** Long enough to save once per burst of typing, short enough that a crash loses under a second. */
export const DRAFT_SAVE_DELAY_MS = 300;

export type DraftLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'unreadable' }
  | { status: 'failed' }
  | { status: 'ready'; state: AttendanceState };

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed' };

export interface AttendanceDraft {
  load: DraftLoad;
  save: SaveStatus;
  /** Changes the attendance; the draft follows a moment later. */
  update: (change: (state: AttendanceState) => AttendanceState) => void;
  /** Saves what is pending now (before completing, leaving, or locking). */
  flush: () => Promise<void>;
  /**
   * The attendance ended (completed, or ended without a request): its draft is gone and must stay gone,
   * so a change still pending, or made while the completion ran, is dropped instead of saved again.
   */
  close: () => void;
}

export function useAttendanceDraft(
  db: BalcaoDb,
  session: UnlockedSession,
  id: string,
  now: () => number,
): AttendanceDraft {
  const [load, setLoad] = useState<DraftLoad>({ status: 'loading' });
  const [save, setSave] = useState<SaveStatus>({ kind: 'idle' });
  // The attendance as last changed (the screen renders from `load`; changes build on this).
  const current = useRef<AttendanceState | null>(null);
  const pending = useRef<AttendanceState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const closed = useRef(false);
  const { mediatorId, dataKey } = session;

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    loadDraft<AttendanceState>(db, dataKey, id).then(
      (draft) => {
        if (!live) return;
        if (!draft) setLoad({ status: 'missing' });
        else if (draft.mediatorId !== mediatorId) setLoad({ status: 'unreadable' });
        else {
          current.current = draft.payload;
          setLoad({ status: 'ready', state: draft.payload });
        }
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof DraftUnreadable) setLoad({ status: 'unreadable' });
        else {
          console.error('could not read the draft', error);
          setLoad({ status: 'failed' });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [db, dataKey, mediatorId, id]);

  // The key and mediator of this screen: a save never runs under another mediator's key.
  const flush = (): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const state = pending.current;
    pending.current = null;
    if (!state || closed.current) return chain.current;
    chain.current = chain.current.then(async () => {
      setSave({ kind: 'saving' });
      try {
        await saveDraft(
          db,
          dataKey,
          { id: state.id, mediatorId, kind: ATTENDANCE_DRAFT, serviceId: state.service?.id ?? null, payload: state },
          now(),
        );
        setSave({ kind: 'saved', at: now() });
      } catch (error) {
        console.error('could not save the draft', error);
        setSave({ kind: 'failed' });
        // Kept for the next change to try again: nothing typed is dropped.
        pending.current ??= state;
      }
    });
    return chain.current;
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // Closing the screen, the tab going away, or a lock: what is pending is saved first.
  useEffect(() => {
    const onPageHide = () => void flushRef.current();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushRef.current();
    };
    addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flushRef.current();
    };
  }, []);

  const update = (change: (state: AttendanceState) => AttendanceState) => {
    const state = current.current;
    if (!state || closed.current) return;
    const next = change(state);
    if (next === state) return;
    current.current = next;
    pending.current = next;
    setLoad({ status: 'ready', state: next });
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), DRAFT_SAVE_DELAY_MS);
  };

  const close = () => {
    closed.current = true;
    pending.current = null;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  return { load, save, update, flush, close };
}
