/// <reference lib="webworker" />
import { DRAIN_MESSAGE, type DrainTrigger } from '../src/core/sync/drainMessages.ts';
import { drainInWorker } from './drainInWorker.ts';

/**
 * Messages from the page. SKIP_WAITING comes only after the mediator accepted the update prompt; DRAIN
 * (app start, online, visible, the timer, "Enviar agora", a completion) sends the outbox, the worker kept
 * alive until it ends.
 */
export function onMessage(self: ServiceWorkerGlobalScope, event: ExtendableMessageEvent): void {
  const data: unknown = event.data;
  if (!data || typeof data !== 'object') return;
  const { type, trigger } = data as { type?: unknown; trigger?: unknown };
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === DRAIN_MESSAGE) {
    const why = (typeof trigger === 'string' ? trigger : 'send-now') as DrainTrigger;
    event.waitUntil(
      drainInWorker(why).catch((error: unknown) => console.error(`the outbox drain (${why}) failed`, error)),
    );
  }
}
