import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceState } from '../../../../src/core/attendance/AttendanceState.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import type { OutboxRecord } from '../../../../src/db/requests/outboxRecord.ts';
import { loadDraft } from '../../../../src/db/secure/drafts.ts';
import { RequestPage } from '../../../../src/features/attendance/RequestPage.tsx';
import { readCatalogSnapshot } from '../../../../src/features/catalog/catalogSnapshot.ts';
import { setLocale } from '../../../../src/i18n/locale.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { byTestId, click, typeInto, visibleText, waitFor } from '../renderKit.tsx';
import { mountInSession, outboxRow, refusedRow } from './outboxKit.tsx';

let db: BalcaoDb;
let unmount = () => {};
let dataKey: CryptoKey;
beforeEach(() => {
  db = freshDb();
  history.replaceState(null, '', '/');
});
afterEach(async () => {
  unmount();
  unmount = () => {};
  setLocale('pt');
  await db.delete();
});

async function openRequest(row: OutboxRecord, { unlocked = true } = {}) {
  await db.outbox.put(row);
  const catalog = await readCatalogSnapshot(db);
  const view = await mountInSession(db, <RequestPage catalog={catalog} id={row.id} />, { unlocked });
  unmount = view.unmount;
  dataKey = view.dataKey;
  return waitFor(() => byTestId(view.container, 'delivery-state'));
}

const NOTE = 'O cidadão desistiu do pedido ao balcão.';

describe('a request’s delivery state on its page', () => {
  it('shows the hub’s reason for a refused request, in the window’s language, with the two ways out', async () => {
    const state = await openRequest(refusedRow());
    expect(visibleText(byTestId(state, 'attention-reason'))).toBe(
      'Motivo dado pelo hub: O NIF não corresponde ao nome indicado.',
    );
    expect(visibleText(byTestId(state, 'attention-correct'))).toBe('Fazer pedido corrigido');
    expect(visibleText(byTestId(state, 'attention-archive'))).toBe('Arquivar com nota');
    // The correction is offered once, beside the reason.
    expect(document.querySelector('[data-testid="request-correct"]')).toBeNull();
    setLocale('en');
    await waitFor(() =>
      expect(visibleText(byTestId(state, 'attention-reason'))).toBe(
        'The hub’s reason: The NIF does not match the name given.',
      ),
    );
  });

  it('says the hub’s code when it gave no reason', async () => {
    const state = await openRequest(refusedRow({ lastError: { code: 'form-retired', reason: null, at: Date.now() } }));
    expect(visibleText(byTestId(state, 'attention-reason'))).toBe(
      'Motivo dado pelo hub: o hub não deu motivo (código form-retired).',
    );
  });

  it('makes the corrected request from the refused one: a new attendance naming it', async () => {
    const row = refusedRow();
    const state = await openRequest(row);
    click(byTestId(state, 'attention-correct'));
    const attendanceId = await waitFor(() => {
      const id = /^\/atendimentos\/([0-9a-f-]{36})$/.exec(location.pathname)?.[1];
      expect(id).toBeDefined();
      return id as string;
    });
    const draft = await loadDraft<AttendanceState>(db, dataKey, attendanceId);
    expect(draft?.payload.replaces).toBe(row.id);
    expect(await db.outbox.get(row.id)).toEqual(row);
  });

  it('archives only with a note of 10 characters or more, and only once confirmed; the row stays', async () => {
    const row = refusedRow();
    const state = await openRequest(row);
    click(byTestId(state, 'attention-archive'));
    const note = () => byTestId(state, 'archive-note') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(note());

    typeInto(note() as unknown as HTMLInputElement, 'desistiu');
    click(byTestId(state, 'archive-continue'));
    expect(visibleText(byTestId(state, 'archive-note-error'))).toBe(
      'Erro: Escreva uma nota com pelo menos 10 caracteres.',
    );
    expect(note().getAttribute('aria-invalid')).toBe('true');
    expect(state.querySelector('[data-testid="archive-confirm"]')).toBeNull();

    typeInto(note() as unknown as HTMLInputElement, NOTE);
    click(byTestId(state, 'archive-continue'));
    const confirm = byTestId(state, 'archive-confirm');
    expect(visibleText(confirm)).toContain(`Arquivar o pedido ${row.localRef} com esta nota?`);
    expect(visibleText(confirm)).toContain(NOTE);
    // Saying no goes back to the note, and nothing was written.
    click(byTestId(state, 'archive-no'));
    expect(note().value).toBe(NOTE);
    expect((await db.outbox.get(row.id))?.archived).toBeNull();

    click(byTestId(state, 'archive-continue'));
    click(byTestId(state, 'archive-yes'));
    await waitFor(() => byTestId(state, 'attention-archived'));
    expect(visibleText(byTestId(state, 'attention-archive-note'))).toBe(NOTE);
    await waitFor(() => expect(document.activeElement).toBe(byTestId(state, 'archive-done')));
    expect(state.querySelector('[data-testid="attention-archive"]')).toBeNull();
    const stored = await db.outbox.get(row.id);
    expect(stored).toMatchObject({ state: 'attention', sealed: row.sealed, lastError: row.lastError });
    expect(stored?.archived?.note).toBe(NOTE);
    expect(await db.outbox.count()).toBe(1);
  });

  it('sends a locked device to the mediator panel before archiving', async () => {
    const row = refusedRow();
    const state = await openRequest(row, { unlocked: false });
    click(byTestId(state, 'attention-archive'));
    expect(location.pathname).toBe('/mediador');
    expect(new URLSearchParams(location.search).get('voltar')).toBe(`/pedidos/${row.id}`);
  });

  it('offers no archive for a request the hub did not refuse', async () => {
    const retry = await openRequest(outboxRow({ state: 'retry', attempts: 2, nextAttemptAt: Date.now() + 3_600_000 }));
    expect(retry.dataset.state).toBe('retry');
    expect(visibleText(byTestId(retry, 'delivery-retry'))).toMatch(/^O último envio não chegou ao hub: nova tentativa/);
    expect(retry.querySelector('[data-testid="attention-archive"]')).toBeNull();
    expect(document.querySelector('[data-testid="request-correct"]')).not.toBeNull();
  });

  it('gives the hub’s reference for a delivered request', async () => {
    const state = await openRequest(
      outboxRow({ state: 'delivered', hubRef: 'LX-2026-000123', receivedAt: Date.now(), sealed: null }),
    );
    expect(visibleText(byTestId(state, 'delivery-delivered'))).toMatch(
      /^Entregue ao hub com a referência LX-2026-000123, recebido \d{2}:\d{2}\.$/,
    );
  });
});
