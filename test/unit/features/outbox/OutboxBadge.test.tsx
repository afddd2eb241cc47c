import { del, set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { LAST_CONTACT_KEY } from '../../../../src/core/sync/drainMessages.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { OutboxBadge } from '../../../../src/features/outbox/OutboxBadge.tsx';
import { setLocale } from '../../../../src/i18n/locale.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { byTestId, visibleText, waitFor } from '../renderKit.tsx';
import { mountInSession, outboxRow, refusedRow, sender } from './outboxKit.tsx';

let db: BalcaoDb;
let cleanup = () => {};
afterEach(async () => {
  cleanup();
  cleanup = () => {};
  setLocale('pt');
  await del(LAST_CONTACT_KEY);
  await db?.delete();
});

async function showBadge() {
  const view = await mountInSession(db, <OutboxBadge />);
  const voice = sender();
  cleanup = () => {
    voice.close();
    view.unmount();
  };
  const badge = () => byTestId(view.container, 'outbox-badge');
  await waitFor(() => expect(badge().dataset.pending).toBeDefined());
  return { badge, voice };
}

describe('the outbox badge', () => {
  it('counts every request the hub does not have, and follows each row as it changes', async () => {
    db = freshDb();
    const queued = outboxRow({ state: 'queued' });
    await db.outbox.bulkPut([
      queued,
      outboxRow({ state: 'sending', leaseUntil: Date.now() + 30_000 }),
      outboxRow({ state: 'retry', nextAttemptAt: Date.now() + 60_000 }),
      refusedRow(),
      refusedRow({ archived: { note: 'O cidadão desistiu.', at: Date.now() } }),
      outboxRow({ state: 'delivered', hubRef: 'HUB-1', receivedAt: Date.now(), sealed: null }),
    ]);
    const { badge } = await showBadge();
    expect(badge().dataset.pending).toBe('4');
    expect(visibleText(badge().querySelector('a'))).toBe('4 pedidos por entregar, 1 precisa de atenção');
    expect(badge().querySelector('a')?.getAttribute('href')).toBe('/envios');

    await db.outbox.update(queued.id, { state: 'delivered', hubRef: 'HUB-2', receivedAt: Date.now(), sealed: null });
    await waitFor(() => expect(badge().dataset.pending).toBe('3'));
    await db.outbox.add(outboxRow());
    await waitFor(() => expect(badge().dataset.pending).toBe('4'));
  });

  it('says when all is delivered', async () => {
    db = freshDb();
    await db.outbox.put(outboxRow({ state: 'delivered', hubRef: 'HUB-1', receivedAt: Date.now(), sealed: null }));
    const { badge } = await showBadge();
    expect(badge().dataset.pending).toBe('0');
    expect(visibleText(badge().querySelector('a'))).toBe('Tudo entregue ao hub');
  });

  it('shows the last good contact with the hub: never before any, then as the sender reports it', async () => {
    db = freshDb();
    const { badge, voice } = await showBadge();
    const contact = () => visibleText(badge().querySelector('[data-testid="outbox-last-contact"]'));
    expect(contact()).toBe('Último contacto com o hub: nunca');
    await voice.say({ type: 'drain-finished', at: Date.now(), outcome: 'done', lastContactAt: Date.now() }, () =>
      expect(contact()).toBe('Último contacto com o hub: agora'),
    );
    setLocale('en');
    await waitFor(() => expect(contact()).toBe('Last contact with the hub: now'));
  });

  it('reads the last contact the sender stored, when the window opens', async () => {
    db = freshDb();
    await set(LAST_CONTACT_KEY, Date.now() - 5 * 60_000);
    const { badge } = await showBadge();
    await waitFor(() =>
      expect(visibleText(byTestId(badge(), 'outbox-last-contact'))).toBe('Último contacto com o hub: há 5 minutos'),
    );
  });

  it('asks before the tab closes while a drain is running, and only then', async () => {
    db = freshDb();
    const { badge, voice } = await showBadge();
    const closeTab = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(closeTab()).toBe(false);
    await voice.say({ type: 'drain-started', at: Date.now(), requests: 2, bytes: 4_000 }, () =>
      expect(badge().dataset.sending).toBe('true'),
    );
    expect(closeTab()).toBe(true);
    await voice.say({ type: 'drain-finished', at: Date.now(), outcome: 'done', lastContactAt: Date.now() }, () =>
      expect(badge().dataset.sending).toBeUndefined(),
    );
    expect(closeTab()).toBe(false);
  });
});
