/// <reference lib="webworker" />
import { drainInWorker } from './drainInWorker.ts';

/**
 * The worker's start: whatever a killed worker or a closed laptop left is sent. Only by the active worker:
 * a new version still waiting for the mediator's consent must not open the database, whose newer schema
 * would close the connection of the app open under the mediator's hands.
 */
export function drainAtStart(self: ServiceWorkerGlobalScope): void {
  if (self.serviceWorker?.state !== 'activated') return;
  drainInWorker('worker-start').catch((error: unknown) => console.error('the outbox drain at start failed', error));
}
