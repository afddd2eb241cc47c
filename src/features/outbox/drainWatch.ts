// What a window knows of the sender, wherever it runs (the service worker, or another tab): told on the
// outbox channel (src/core/sync/drainMessages.ts), gathered here once, so the header's badge and the
// outbox page show the same drain even when the page was opened halfway through it.
import { get } from 'idb-keyval';
import { LAST_CONTACT_KEY, OUTBOX_CHANNEL, type OutboxEvent } from '../../core/sync/drainMessages.ts';

export type DrainOutcome = Exclude<Extract<OutboxEvent, { type: 'drain-finished' }>['outcome'], 'busy'>;

export interface DrainProgress {
  sentRequests: number;
  sentBytes: number;
  requests: number;
  bytes: number;
}

export interface DrainStatus {
  /** A sender is at work, as far as this window heard. */
  running: boolean;
  /** How far it is, while running (a window that opens mid-drain learns it at the next batch). */
  progress: DrainProgress | null;
  /** How the last drain this window saw ended, and when (epoch ms, the sender's clock). */
  lastOutcome: { outcome: DrainOutcome; at: number } | null;
  /** The last good answer from the hub, epoch ms; null before any. */
  lastContactAt: number | null;
  /** Changes with every event heard, so a "requested" state can end even when nothing else changed. */
  heard: number;
}

type Channel = Pick<BroadcastChannel, 'addEventListener' | 'removeEventListener' | 'close'>;

export interface DrainWatchWorld {
  /** The outbox channel; null where there is none. */
  openChannel?: () => Channel | null;
  /** The last contact as kept by the sender (idb-keyval). */
  readLastContact?: () => Promise<unknown>;
  /**
   * After this long with no event a drain is taken as over: a sender killed mid-drain (the worker
   * stopped, the other tab closed) never says so, and a stuck "running" would hold "Enviar agora"
   * and the leave warning forever. Longer than a batch or an attachment chunk on a 1 Mbit/s link.
   */
  staleMs?: number;
}

export interface DrainWatch {
  get(): DrainStatus;
  /** Listens; the first listener opens the channel, the last one to leave closes it. */
  subscribe(listener: (status: DrainStatus) => void): () => void;
}

const IDLE: DrainStatus = { running: false, progress: null, lastOutcome: null, lastContactAt: null, heard: 0 };
const DEFAULT_STALE_MS = 120_000;

const openOutboxChannel = (): Channel | null =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(OUTBOX_CHANNEL) : null;

export function createDrainWatch({
  openChannel = openOutboxChannel,
  readLastContact = () => get<unknown>(LAST_CONTACT_KEY),
  staleMs = DEFAULT_STALE_MS,
}: DrainWatchWorld = {}): DrainWatch {
  let status = IDLE;
  const listeners = new Set<(status: DrainStatus) => void>();
  let channel: Channel | null = null;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (next: DrainStatus) => {
    status = next;
    for (const listener of listeners) listener(status);
  };
  const contact = (at: unknown) =>
    typeof at === 'number' && Number.isFinite(at) && (status.lastContactAt === null || at > status.lastContactAt)
      ? at
      : status.lastContactAt;
  const watchStaleness = (running: boolean) => {
    clearTimeout(staleTimer);
    if (running) staleTimer = setTimeout(() => set({ ...status, running: false, progress: null }), staleMs);
  };

  const onEvent = (event: OutboxEvent) => {
    const heard = status.heard + 1;
    switch (event.type) {
      case 'drain-started':
        // Every trigger (a timer, the tab becoming visible) starts a drain; one with nothing due ends at
        // once and is not shown as sending, or the bar would flicker every few minutes.
        set(
          event.requests === 0
            ? { ...status, heard }
            : {
                ...status,
                heard,
                running: true,
                progress: { sentRequests: 0, sentBytes: 0, requests: event.requests, bytes: event.bytes },
              },
        );
        break;
      case 'drain-progress':
        set({
          ...status,
          heard,
          running: true,
          progress: {
            sentRequests: event.sentRequests,
            sentBytes: event.sentBytes,
            requests: event.requests,
            bytes: event.bytes,
          },
        });
        break;
      case 'drain-finished':
        // "Busy" is a second sender that found the lock held: it changes nothing of the drain under way
        // (its holder reports for itself), nor starts one (the holder may be finishing just then).
        if (event.outcome === 'busy') set({ ...status, heard });
        else
          set({
            ...status,
            heard,
            running: false,
            progress: null,
            lastOutcome: { outcome: event.outcome, at: event.at },
            lastContactAt: contact(event.lastContactAt),
          });
        break;
    }
    watchStaleness(status.running);
  };
  const onMessage = (message: Event) => {
    const event = outboxEventOf((message as MessageEvent).data);
    if (event) onEvent(event);
  };

  const open = () => {
    channel = openChannel();
    channel?.addEventListener('message', onMessage);
    readLastContact().then(
      (at) => {
        if (listeners.size > 0) set({ ...status, lastContactAt: contact(at) });
      },
      (error: unknown) => console.warn('could not read the last contact with the hub', error),
    );
  };
  const close = () => {
    channel?.removeEventListener('message', onMessage);
    channel?.close();
    channel = null;
    clearTimeout(staleTimer);
    status = IDLE;
  };

  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) open();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) close();
      };
    },
  };
}

const count = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A message on the channel as an event, or null: anything else posted there is ignored, not trusted. */
function outboxEventOf(data: unknown): OutboxEvent | null {
  if (typeof data !== 'object' || data === null) return null;
  const event = data as Record<string, unknown>;
  switch (event.type) {
    case 'drain-started':
      return count(event.at) && count(event.requests) && count(event.bytes)
        ? { type: 'drain-started', at: event.at, requests: event.requests, bytes: event.bytes }
        : null;
    case 'drain-progress':
      return count(event.sentRequests) && count(event.sentBytes) && count(event.requests) && count(event.bytes)
        ? {
            type: 'drain-progress',
            sentRequests: event.sentRequests,
            sentBytes: event.sentBytes,
            requests: event.requests,
            bytes: event.bytes,
          }
        : null;
    case 'drain-finished': {
      const outcomes = ['done', 'offline', 'hub-error', 'revoked', 'busy'] as const;
      const outcome = outcomes.find((known) => known === event.outcome);
      if (!outcome || !count(event.at)) return null;
      return {
        type: 'drain-finished',
        at: event.at,
        outcome,
        lastContactAt: count(event.lastContactAt) ? event.lastContactAt : null,
      };
    }
    default:
      return null;
  }
}
