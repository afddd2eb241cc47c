// What the outbox's tests share: outbox rows written straight into a fresh database (as completion and
// the sender leave them), a mediator's session around a screen, and the sender's voice on its channel.
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { OUTBOX_CHANNEL, type OutboxEvent } from '../../../../src/core/sync/drainMessages.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import type { OutboxRecord } from '../../../../src/db/requests/outboxRecord.ts';
import { SessionProvider } from '../../../../src/features/session/SessionProvider.tsx';
import { createSessionStore } from '../../../../src/features/session/sessionStore.ts';
import { TEST_SPOT } from '../../app/appKit.tsx';
import { mount, waitFor } from '../renderKit.tsx';

let n = 0;

/** A completed request as the outbox holds it; `changes` moves it along. */
export function outboxRow(changes: Partial<OutboxRecord> = {}): OutboxRecord {
  n += 1;
  const id = changes.id ?? `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    localRef: `REF-${String(n).padStart(4, '0')}`,
    state: 'queued',
    serviceId: 'registo-criminal',
    form: { id: 'registo-criminal', version: 2 },
    kid: 'hub-test',
    sealed: 'eyJhbGciOiJFQ0RILUVTIn0.sealed',
    sealedDigest: 'digest',
    sealedBytes: 2_048,
    mediatorId: 'mediator-1',
    mediatorName: 'Rita',
    spotId: TEST_SPOT.id,
    spotName: TEST_SPOT.name,
    feeCents: 500,
    paymentMethod: 'cash',
    multibanco: null,
    completedAt: Date.now() - 60_000 * n,
    replaces: null,
    attachmentIds: [],
    leaseUntil: null,
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    receipt: null,
    archived: null,
    hubRef: null,
    receivedAt: null,
    ...changes,
  };
}

/** A request the hub refused, with its reason in both languages. */
export function refusedRow(changes: Partial<OutboxRecord> = {}): OutboxRecord {
  return outboxRow({
    state: 'attention',
    attempts: 1,
    lastError: {
      code: 'form-invalid',
      reason: { pt: 'O NIF não corresponde ao nome indicado.', en: 'The NIF does not match the name given.' },
      at: Date.now() - 30_000,
    },
    ...changes,
  });
}

/** Mounts `ui` inside the enrolled app's session; `unlocked` opens it as a mediator, with `dataKey`. */
export async function mountInSession(db: BalcaoDb, ui: ComponentChild, { unlocked = false } = {}) {
  const store = createSessionStore();
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  if (unlocked) store.unlock('mediator-1', dataKey, Date.now());
  const view = mount(
    <SessionProvider store={store} db={db} spot={TEST_SPOT}>
      {ui}
    </SessionProvider>,
  );
  return { ...view, dataKey };
}

/** The sender, as any tab or the service worker speaks on the outbox channel. */
export function sender() {
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  return {
    /** Posts `event` and waits until the page has re-rendered from it. */
    async say(event: OutboxEvent, until: () => unknown) {
      await act(() => channel.postMessage(event));
      await waitFor(until);
    },
    close: () => channel.close(),
  };
}
