// The idle lock (issue 3, item 4): the session locks after a stretch without input, and after a
// stretch with the window hidden (the mediator walked away, or switched to another window in front of
// the citizen). A hidden tab's timers are throttled and a sleeping laptop's do not run at all, so every
// timer rechecks the clock, and becoming visible again checks how long it was away before anything shows.
import { DEFAULT_HIDDEN_LOCK_MS, DEFAULT_IDLE_LOCK_MS } from '../../core/session/lockTimings.ts';

/** Sets a one-shot timer; returns its cancel. */
export type SetTimer = (callback: () => void, ms: number) => () => void;

export interface IdleLockWorld {
  /** Without input for this long, lock (default 5 min; the spot's `lockTimings` override it). */
  idleMs?: number;
  /** Hidden for this long, lock (default 60 s). */
  hiddenMs?: number;
  onLock: (reason: 'idle' | 'hidden') => void;
  now?: () => number;
  setTimer?: SetTimer;
  /** Where input arrives (the window). */
  input?: EventTarget;
  /** Whose `visibilitychange` and `visibilityState` count (the document). */
  visibility?: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

/** What counts as the mediator being there. */
export const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

const realTimer: SetTimer = (callback, ms) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};

/** Starts watching; returns the stop. */
export function startIdleLock(world: IdleLockWorld): () => void {
  const idleMs = world.idleMs ?? DEFAULT_IDLE_LOCK_MS;
  const hiddenMs = world.hiddenMs ?? DEFAULT_HIDDEN_LOCK_MS;
  const now = world.now ?? Date.now;
  const setTimer = world.setTimer ?? realTimer;
  const input = world.input ?? globalThis;
  const visibility = world.visibility ?? document;

  let lastInput = now();
  let hiddenAt: number | null = null;
  let cancelIdle: (() => void) | null = null;
  let cancelHidden: (() => void) | null = null;

  // Re-armed for what is left rather than on every input: pointermove fires many times a second.
  const armIdle = (ms: number) => {
    cancelIdle?.();
    cancelIdle = setTimer(checkIdle, ms);
  };
  const checkIdle = () => {
    cancelIdle = null;
    const quiet = now() - lastInput;
    if (quiet >= idleMs) world.onLock('idle');
    else armIdle(idleMs - quiet);
  };
  const checkHidden = () => {
    cancelHidden = null;
    if (hiddenAt !== null && now() - hiddenAt >= hiddenMs) world.onLock('hidden');
  };
  const onInput = () => {
    // A laptop that slept kept its timers still (Chrome does not count suspended time), so the idle timer
    // may not have fired yet: the first input after a long quiet locks instead of counting as activity.
    if (cancelIdle !== null && now() - lastInput >= idleMs) {
      cancelIdle();
      cancelIdle = null;
      world.onLock('idle');
      return;
    }
    lastInput = now();
    // After an idle lock the timer rests until the mediator is back.
    if (cancelIdle === null) armIdle(idleMs);
  };
  const onVisibility = () => {
    if (visibility.visibilityState === 'hidden') {
      hiddenAt = now();
      cancelHidden?.();
      cancelHidden = setTimer(checkHidden, hiddenMs);
      return;
    }
    cancelHidden?.();
    cancelHidden = null;
    checkHidden();
    hiddenAt = null;
    if (now() - lastInput >= idleMs) {
      cancelIdle?.();
      checkIdle();
    }
  };

  for (const type of INPUT_EVENTS) input.addEventListener(type, onInput, { capture: true, passive: true });
  visibility.addEventListener('visibilitychange', onVisibility);
  armIdle(idleMs);
  if (visibility.visibilityState === 'hidden') onVisibility();

  return () => {
    cancelIdle?.();
    cancelHidden?.();
    for (const type of INPUT_EVENTS) input.removeEventListener(type, onInput, { capture: true });
    visibility.removeEventListener('visibilitychange', onVisibility);
  };
}
