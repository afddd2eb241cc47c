// The baseline's service worker: workbox-background-sync's Queue as its users use it, each request queued
// as the one POST it was, replayed by the queue's own `replayRequests()` one after another. The only
// departure: `forceSyncFallback`, so the replay starts when the bench says (a message) and not when
// Chromium fires the sync event; the replay itself is Workbox's, unchanged.
//
// Typed against the bench's DOM lib: the bench's one program cannot also take the WebWorker lib, so the
// few worker members used here are declared.
import { Queue } from 'workbox-background-sync';
import type { WorkboxAnswer, WorkboxCall } from './WorkboxCall.ts';

interface WorkerMessageEvent extends MessageEvent<WorkboxCall> {
  waitUntil(work: Promise<unknown>): void;
}

interface WorkerScope {
  addEventListener(type: 'install', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
}

const worker = self as unknown as WorkerScope;
const queue = new Queue('balcao-bench-drain', { forceSyncFallback: true });

async function answer(call: WorkboxCall): Promise<unknown> {
  switch (call.type) {
    case 'queue':
      for (const { url, headers, body } of call.calls) {
        await queue.pushRequest({ request: new Request(url, { method: 'POST', headers, body }) });
      }
      return queue.size();
    case 'replay': {
      const start = performance.now();
      await queue.replayRequests();
      const ms = performance.now() - start;
      return { ms, left: await queue.size() };
    }
  }
}

worker.addEventListener('install', () => {
  void worker.skipWaiting();
});

worker.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (!port) return;
  event.waitUntil(
    answer(event.data).then(
      (result) => port.postMessage({ ok: true, answer: result } satisfies WorkboxAnswer<unknown>),
      (error: unknown) => port.postMessage({ ok: false, error: String(error) } satisfies WorkboxAnswer<unknown>),
    ),
  );
});
