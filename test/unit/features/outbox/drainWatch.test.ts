import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutboxEvent } from '../../../../src/core/sync/drainMessages.ts';
import { createDrainWatch, type DrainStatus } from '../../../../src/features/outbox/drainWatch.ts';

/** A channel the test speaks on, as the sender would. */
function fakeChannel() {
  const target = new EventTarget();
  const channel = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    close: vi.fn(),
  };
  return {
    channel,
    post: (data: OutboxEvent | unknown) => target.dispatchEvent(new MessageEvent('message', { data })),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the window’s watch on the sender', () => {
  it('takes a drain killed without a word as over after a while, so nothing stays stuck on "sending"', () => {
    vi.useFakeTimers();
    const { channel, post } = fakeChannel();
    const watch = createDrainWatch({ openChannel: () => channel, readLastContact: async () => null, staleMs: 1_000 });
    const seen: DrainStatus[] = [];
    const stop = watch.subscribe((status) => seen.push(status));
    post({ type: 'drain-started', at: 1, requests: 3, bytes: 300 });
    expect(watch.get().running).toBe(true);
    vi.advanceTimersByTime(900);
    post({ type: 'drain-progress', sentRequests: 1, sentBytes: 100, requests: 3, bytes: 300 });
    vi.advanceTimersByTime(900);
    expect(watch.get().running).toBe(true);
    vi.advanceTimersByTime(200);
    expect(watch.get()).toMatchObject({ running: false, progress: null });
    stop();
    expect(channel.close).toHaveBeenCalled();
  });

  it('is not fooled by a second sender finding the lock held, nor by anything else posted on the channel', async () => {
    const { channel, post } = fakeChannel();
    const watch = createDrainWatch({ openChannel: () => channel, readLastContact: async () => 5_000 });
    const stop = watch.subscribe(() => {});
    await vi.waitFor(() => expect(watch.get().lastContactAt).toBe(5_000));
    // Busy with no drain heard of: the holder may be just finishing; nothing starts.
    post({ type: 'drain-finished', at: 9, outcome: 'busy', lastContactAt: null });
    expect(watch.get()).toMatchObject({ running: false, lastOutcome: null });
    post({ type: 'drain-started', at: 10, requests: 2, bytes: 20 });
    post({ type: 'drain-finished', at: 11, outcome: 'busy', lastContactAt: null });
    expect(watch.get()).toMatchObject({ running: true, progress: { requests: 2 }, lastOutcome: null });
    post({ type: 'drain-progress', sentRequests: 'all', sentBytes: 1, requests: 2, bytes: 20 });
    post({ type: 'drain-finished', at: 12, outcome: 'exploded', lastContactAt: 9 });
    post('drain-finished');
    expect(watch.get()).toMatchObject({ running: true, progress: { sentRequests: 0 } });
    // An older contact never replaces a newer one.
    post({ type: 'drain-finished', at: 13, outcome: 'offline', lastContactAt: 4_000 });
    expect(watch.get()).toMatchObject({
      running: false,
      lastOutcome: { outcome: 'offline', at: 13 },
      lastContactAt: 5_000,
    });
    stop();
  });
});
