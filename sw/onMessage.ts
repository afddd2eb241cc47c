/// <reference lib="webworker" />

/** Messages from the page. SKIP_WAITING comes only after the mediator accepted the update prompt. */
export function onMessage(self: ServiceWorkerGlobalScope, event: ExtendableMessageEvent): void {
  const data: unknown = event.data;
  if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
}
