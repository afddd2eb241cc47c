import { del } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAST_CONTACT_KEY } from '../../../../src/core/sync/drainMessages.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { readCatalogSnapshot } from '../../../../src/features/catalog/catalogSnapshot.ts';
import { OutboxPage } from '../../../../src/features/outbox/OutboxPage.tsx';
import type { StorageEstimator } from '../../../../src/features/outbox/StorageUsage.tsx';
import { formatDateTime, formatTime } from '../../../../src/i18n/formatDate.ts';
import { setLocale } from '../../../../src/i18n/locale.ts';
import { requestDrain } from '../../../../src/sw-bridge/requestDrain.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { byTestId, click, visibleText, waitFor } from '../renderKit.tsx';
import { mountInSession, outboxRow, refusedRow, sender } from './outboxKit.tsx';

// The bridge to the service worker is another module's: here only the call is checked.
vi.mock('../../../../src/sw-bridge/requestDrain.ts', () => ({ requestDrain: vi.fn(async () => {}) }));

let db: BalcaoDb;
let cleanup = () => {};
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  cleanup = () => {};
  setLocale('pt');
  vi.mocked(requestDrain).mockClear();
  await del(LAST_CONTACT_KEY);
  await db.delete();
});

async function showPage(storage: StorageEstimator | null = null) {
  const catalog = await readCatalogSnapshot(db);
  const view = await mountInSession(db, <OutboxPage catalog={catalog} storage={storage} />);
  const voice = sender();
  cleanup = () => {
    voice.close();
    view.unmount();
  };
  const page = byTestId(view.container, 'outbox-page');
  return { page, voice };
}

const group = (page: HTMLElement, name: string) => byTestId(page, `outbox-group-${name}`);
const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid="outbox-item"]')];

describe('the outbox page', () => {
  it('lists the requests by where they stand, each linking to its page', async () => {
    const nextAttemptAt = Date.now() + 10 * 60_000;
    const rows = {
      queued: outboxRow(),
      sending: outboxRow({ state: 'sending', leaseUntil: Date.now() + 30_000 }),
      retry: outboxRow({ state: 'retry', attempts: 3, nextAttemptAt }),
      delivered: outboxRow({ state: 'delivered', hubRef: 'LX-2026-000123', receivedAt: Date.now(), sealed: null }),
      attention: refusedRow(),
      archived: refusedRow({ archived: { note: 'O cidadão desistiu do pedido.', at: Date.now() } }),
    };
    await db.outbox.bulkPut(Object.values(rows));
    const { page } = await showPage();
    await waitFor(() => group(page, 'delivered'));

    for (const [name, row] of Object.entries(rows)) {
      const listed = items(group(page, name));
      expect(listed.map((item) => item.dataset.requestId)).toEqual([row.id]);
      const link = byTestId(listed[0] as HTMLElement, 'outbox-item-link');
      expect(link.getAttribute('href')).toBe(`/pedidos/${row.id}`);
      expect(visibleText(link)).toBe(`Pedido ${row.localRef}`);
    }
    // Today it is the time alone; ten minutes before midnight, the next try is on another day.
    const sameDay = new Date(nextAttemptAt).toDateString() === new Date().toDateString();
    expect(visibleText(byTestId(group(page, 'retry'), 'outbox-retry'))).toBe(
      sameDay
        ? `nova tentativa às ${formatTime(nextAttemptAt)} · 3 tentativas`
        : `nova tentativa em ${formatDateTime(nextAttemptAt)} · 3 tentativas`,
    );
    expect(visibleText(byTestId(group(page, 'delivered'), 'outbox-hub-ref'))).toBe('LX-2026-000123');
    expect(visibleText(byTestId(group(page, 'attention'), 'outbox-reason'))).toBe(
      'Motivo dado pelo hub: O NIF não corresponde ao nome indicado.',
    );
    expect(visibleText(group(page, 'attention'))).toContain('fazer um pedido corrigido');
    expect(visibleText(byTestId(group(page, 'archived'), 'outbox-archive-note'))).toContain(
      'O cidadão desistiu do pedido.',
    );
    expect(visibleText(byTestId(page, 'outbox-pending'))).toBe('4 pedidos por entregar');

    setLocale('en');
    await waitFor(() =>
      expect(visibleText(byTestId(group(page, 'attention'), 'outbox-reason'))).toBe(
        'The hub’s reason: The NIF does not match the name given.',
      ),
    );
  });

  it('moves the bar with the sender’s events, announces a few steps only, and says how the drain ended', async () => {
    await db.outbox.bulkPut([outboxRow(), outboxRow()]);
    const { page, voice } = await showPage();
    const announced = () => visibleText(byTestId(page, 'send-announcement'));
    const bar = () => page.querySelector<HTMLProgressElement>('[data-testid="send-progress"] progress');
    expect(page.querySelector('[data-testid="send-progress"]')).toBeNull();

    await voice.say({ type: 'drain-started', at: Date.now(), requests: 10, bytes: 4_000_000 }, () =>
      byTestId(page, 'send-progress'),
    );
    expect(bar()?.max).toBe(4_000_000);
    expect(bar()?.value).toBe(0);
    expect((byTestId(page, 'send-now') as HTMLButtonElement).disabled).toBe(true);
    expect(announced()).toBe('Começou o envio de 10 pedidos (4,0 MB).');

    await voice.say(
      { type: 'drain-progress', sentRequests: 3, sentBytes: 1_200_000, requests: 10, bytes: 4_000_000 },
      () => expect(bar()?.value).toBe(1_200_000),
    );
    expect(visibleText(byTestId(page, 'send-progress-text'))).toBe('3 de 10 pedidos · 1,2 de 4,0 MB');
    expect(announced()).toBe('3 de 10 pedidos');
    // Another batch within the same quarter: the bar moves, the screen reader is left in peace.
    await voice.say(
      { type: 'drain-progress', sentRequests: 4, sentBytes: 1_600_000, requests: 10, bytes: 4_000_000 },
      () => expect(bar()?.value).toBe(1_600_000),
    );
    expect(announced()).toBe('3 de 10 pedidos');

    await voice.say({ type: 'drain-finished', at: Date.now(), outcome: 'offline', lastContactAt: null }, () =>
      byTestId(page, 'drain-outcome'),
    );
    expect(page.querySelector('[data-testid="send-progress"]')).toBeNull();
    const outcome = 'Sem rede: os pedidos ficam guardados e seguem quando houver rede.';
    expect(visibleText(byTestId(page, 'drain-outcome'))).toContain(outcome);
    expect(announced()).toBe(outcome);
    expect((byTestId(page, 'send-now') as HTMLButtonElement).disabled).toBe(false);
  });

  it('neither shows nor announces the drains that find nothing due (every trigger starts one)', async () => {
    const { page, voice } = await showPage();
    await voice.say({ type: 'drain-started', at: Date.now(), requests: 0, bytes: 0 }, () => true);
    expect(page.querySelector('[data-testid="send-progress"]')).toBeNull();
    expect((byTestId(page, 'send-now') as HTMLButtonElement).disabled).toBe(false);
    await voice.say({ type: 'drain-finished', at: Date.now(), outcome: 'done', lastContactAt: Date.now() }, () =>
      byTestId(page, 'drain-outcome'),
    );
    expect(visibleText(byTestId(page, 'send-announcement'))).toBe('');
  });

  it('asks the sender for a drain on "Enviar agora", once, until the sender answers', async () => {
    await db.outbox.put(outboxRow());
    const { page, voice } = await showPage();
    const button = () => byTestId(page, 'send-now') as HTMLButtonElement;
    click(button());
    expect(requestDrain).toHaveBeenCalledExactlyOnceWith('send-now', db);
    expect(button().disabled).toBe(true);
    click(button());
    expect(requestDrain).toHaveBeenCalledTimes(1);
    await voice.say({ type: 'drain-finished', at: Date.now(), outcome: 'done', lastContactAt: Date.now() }, () =>
      expect(button().disabled).toBe(false),
    );
    expect(byTestId(page, 'drain-outcome').dataset.outcome).toBe('done');
  });

  it('says how much room the device uses, and warns from 80 % of it', async () => {
    const almost: StorageEstimator = { estimate: async () => ({ usage: 799_000_000, quota: 1_000_000_000 }) };
    const { page } = await showPage(almost);
    await waitFor(() =>
      // Intl writes the percent sign as the language does ("50 %" or "50%", by ICU version).
      expect(visibleText(byTestId(page, 'storage-usage'))).toMatch(
        /^O Balcão ocupa 799,0 MB dos 1,0 GB que o navegador lhe deixa usar \(79 ?%\)\.$/,
      ),
    );
    expect(page.querySelector('[data-testid="storage-warning"]')).toBeNull();
    cleanup();

    const nearlyFull: StorageEstimator = { estimate: async () => ({ usage: 800_000_000, quota: 1_000_000_000 }) };
    const full = await showPage(nearlyFull);
    const warning = await waitFor(() => byTestId(full.page, 'storage-warning'));
    expect(visibleText(warning)).toMatch(/Já está usado 80 ?% do espaço/);
  });

  it('shows no estimate where the browser gives none', async () => {
    const { page } = await showPage(null);
    await waitFor(() => expect(visibleText(page)).toContain('Ainda não há pedidos concluídos'));
    expect(page.querySelector('[data-testid="storage-usage"]')).toBeNull();
  });
});
