import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { enrolledDevice, startApp } from '../../app/appKit.tsx';
import { cartaRevalidacao, fixtureMeta, imt } from '../catalog/catalogFixture.ts';
import { byTestId, click, waitFor } from '../renderKit.tsx';
import { outboxRow, refusedRow } from './outboxKit.tsx';

vi.mock('../../../../src/sw-bridge/requestDrain.ts', () => ({ requestDrain: vi.fn() }));

let db: BalcaoDb;
let unmount = () => {};
beforeEach(async () => {
  history.replaceState(null, '', '/');
  db = freshDb();
  await enrolledDevice(db);
  await db.entities.put(imt);
  await db.services.put(cartaRevalidacao);
  await db.meta.put(fixtureMeta({ version: 3, checkedAt: Date.now(), updatedAt: Date.now() }));
});
afterEach(async () => {
  unmount();
  await db.delete();
});

describe('the outbox in the app', () => {
  it('shows the badge in the header of an enrolled device, and opens /envios from it', async () => {
    await db.outbox.bulkPut([outboxRow(), refusedRow()]);
    const view = startApp(db);
    unmount = view.unmount;
    const badge = await waitFor(() => {
      const found = byTestId(view.container.querySelector('header') as HTMLElement, 'outbox-badge');
      expect(found.dataset.pending).toBe('2');
      return found;
    });
    click(badge.querySelector('a') as HTMLAnchorElement);
    expect(location.pathname).toBe('/envios');
    const page = await waitFor(() => byTestId(view.container, 'outbox-page'));
    await waitFor(() => expect(page.querySelectorAll('[data-testid="outbox-item"]')).toHaveLength(2));
  });
});
