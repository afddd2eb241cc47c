import { describe, expect, it } from 'vitest';
import { type SetTimer, startIdleLock } from '../../../../src/features/session/startIdleLock.ts';

/** A clock and timers the test moves by hand; timers fire in order, each at its own time. */
function manualClock() {
  let t = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const setTimer: SetTimer = (callback, ms) => {
    const id = nextId++;
    timers.set(id, { at: t + ms, callback });
    return () => timers.delete(id);
  };
  return {
    now: () => t,
    setTimer,
    pending: () => timers.size,
    /** Moves the clock; `sleeping` jumps without firing anything on the way, as a closed lid does. */
    advance(ms: number, sleeping = false) {
      const end = t + ms;
      if (sleeping) {
        t = end;
        return;
      }
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        t = due[1].at;
        due[1].callback();
      }
      t = end;
    },
  };
}

class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  set(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

function watch(options: { idleMs?: number; hiddenMs?: number } = {}) {
  const clock = manualClock();
  const input = new EventTarget();
  const visibility = new FakeDocument();
  const locks: string[] = [];
  const stop = startIdleLock({
    ...options,
    onLock: (reason) => locks.push(`${reason}@${clock.now()}`),
    now: clock.now,
    setTimer: clock.setTimer,
    input,
    visibility,
  });
  const type = (at: number) => {
    clock.advance(at - clock.now());
    input.dispatchEvent(new Event('keydown'));
  };
  return { clock, input, visibility, locks, stop, type };
}

describe('startIdleLock', () => {
  it('locks after 5 minutes without input by default', () => {
    const { clock, locks } = watch();
    clock.advance(299_999);
    expect(locks).toEqual([]);
    clock.advance(1);
    expect(locks).toEqual(['idle@300000']);
  });

  it('starts the idle time again at every key and pointer move', () => {
    const { clock, input, locks, type } = watch({ idleMs: 10_000 });
    type(6_000);
    clock.advance(3_000);
    input.dispatchEvent(new Event('pointermove'));
    clock.advance(9_999);
    expect(locks).toEqual([]);
    clock.advance(1);
    expect(locks).toEqual(['idle@19000']);
  });

  it('locks after 60 seconds hidden by default, and not if the window comes back in time', () => {
    const { clock, visibility, locks } = watch({ idleMs: 3_600_000 });
    visibility.set('hidden');
    clock.advance(59_000);
    visibility.set('visible');
    clock.advance(10_000);
    expect(locks).toEqual([]);

    visibility.set('hidden');
    clock.advance(60_000);
    expect(locks).toEqual(['hidden@129000']);
  });

  it('takes the spot’s timings', () => {
    const { clock, visibility, locks } = watch({ idleMs: 120_000, hiddenMs: 15_000 });
    visibility.set('hidden');
    clock.advance(15_000);
    clock.advance(105_000);
    expect(locks).toEqual(['hidden@15000', 'idle@120000']);
  });

  it('locks before showing anything when the window comes back after the laptop slept', () => {
    const { clock, visibility, locks } = watch({ idleMs: 3_600_000, hiddenMs: 60_000 });
    visibility.set('hidden');
    clock.advance(600_000, true);
    visibility.set('visible');
    expect(locks).toEqual(['hidden@600000']);
  });

  it('locks at the first touch after the laptop slept with the window visible, before its timer fired', () => {
    const { clock, input, locks } = watch({ idleMs: 300_000 });
    clock.advance(8 * 3_600_000, true);
    input.dispatchEvent(new Event('keydown'));
    expect(locks).toEqual([`idle@${8 * 3_600_000}`]);
  });

  it('rests after an idle lock until someone is back, and stops cleanly', () => {
    const { clock, locks, stop, type } = watch({ idleMs: 1_000 });
    clock.advance(5_000);
    expect(locks).toEqual(['idle@1000']);
    expect(clock.pending()).toBe(0);
    type(6_000);
    clock.advance(1_000);
    expect(locks).toEqual(['idle@1000', 'idle@7000']);

    type(8_000);
    stop();
    expect(clock.pending()).toBe(0);
    clock.advance(10_000);
    expect(locks).toHaveLength(2);
  });

  it('listens to the real window and document by default', () => {
    const locks: string[] = [];
    let fire: (() => void) | undefined;
    let t = 0;
    const stop = startIdleLock({
      idleMs: 1_000,
      onLock: (reason) => locks.push(reason),
      now: () => t,
      setTimer: (callback) => {
        fire = callback;
        return () => {
          fire = undefined;
        };
      },
    });
    t = 900;
    window.dispatchEvent(new Event('keydown'));
    t = 1_500;
    fire?.();
    expect(locks).toEqual([]);
    t = 1_900;
    fire?.();
    expect(locks).toEqual(['idle']);
    stop();
  });
});
