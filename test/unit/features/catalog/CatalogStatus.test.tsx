import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogStatus } from '../../../../src/features/catalog/CatalogStatus.tsx';
import type { RefreshStatus } from '../../../../src/features/catalog/catalogRefresher.ts';
import { byTestId, click, mount, visibleText } from '../renderKit.tsx';
import { fixtureMeta } from './catalogFixture.ts';

const NOW = Date.UTC(2026, 10, 20, 15, 0);
const idle: RefreshStatus = { running: false, failure: null, attemptedAt: null, last: null };

let unmount = () => {};
afterEach(() => unmount());

function showStatus(
  status: RefreshStatus | null,
  meta = fixtureMeta({ checkedAt: NOW - 2 * 60_000 }),
  onRefresh = () => {},
) {
  const view = mount(<CatalogStatus meta={meta} status={status} onRefresh={onRefresh} now={NOW} />);
  unmount = view.unmount;
  return view.container;
}

describe('the catalog status', () => {
  it('shows the version and how long ago it was refreshed', () => {
    const status = byTestId(showStatus(idle), 'catalog-status');
    expect(visibleText(byTestId(status, 'catalog-version'))).toBe('3');
    expect(visibleText(status)).toContain('Catálogo versão 3');
    expect(visibleText(byTestId(status, 'catalog-refreshed-at'))).toBe('atualizado há 2 minutos');
  });

  it('refreshes on the button, which is busy and disabled while a refresh runs', () => {
    const onRefresh = vi.fn();
    let button = byTestId(showStatus(idle, undefined, onRefresh), 'catalog-refresh') as HTMLButtonElement;
    expect(visibleText(button)).toBe('Atualizar catálogo');
    click(button);
    expect(onRefresh).toHaveBeenCalledOnce();
    unmount();

    const running = showStatus({ ...idle, running: true });
    button = byTestId(running, 'catalog-refresh') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('.spinner')).not.toBeNull();
    expect(visibleText(byTestId(running, 'catalog-message'))).toBe('A atualizar o catálogo…');
  });

  it('after a failed refresh offline, says the saved catalog is in use and when it was last refreshed', () => {
    const meta = fixtureMeta({ checkedAt: NOW - 3 * 3_600_000, updatedAt: NOW - 5 * 3_600_000 });
    const container = showStatus({ ...idle, failure: 'offline', attemptedAt: NOW }, meta);
    const failure = byTestId(container, 'catalog-failure');
    expect(visibleText(failure)).toBe('Sem ligação ao hub. Está a usar o catálogo guardado (atualizado há 3 horas).');
    expect(failure.closest('[role="status"]')).not.toBeNull();
  });

  it('names each kind of failure: a broken hub, a strange answer, a full disk', () => {
    const meta = fixtureMeta({ checkedAt: NOW - 3 * 3_600_000 });
    const text = (failure: RefreshStatus['failure']) => {
      const container = showStatus({ ...idle, failure }, meta);
      const shown = visibleText(byTestId(container, 'catalog-failure'));
      unmount();
      return shown;
    };
    expect(text('hub-error')).toContain('O hub não conseguiu enviar o catálogo.');
    expect(text('garbage')).toContain('O hub respondeu de forma inesperada');
    expect(text('storage')).toContain(
      'Não foi possível guardar no dispositivo: o armazenamento está cheio ou bloqueado. Liberte espaço',
    );
    expect(text('storage')).toContain('(atualizado há 3 horas)');
  });

  it('confirms a refresh the mediator asked for', () => {
    const container = showStatus({ ...idle, last: { kind: 'updated', version: 4, upserts: 2, deletions: 0 } });
    expect(visibleText(byTestId(container, 'catalog-message'))).toBe('');
    click(byTestId(container, 'catalog-refresh'));
    expect(visibleText(byTestId(container, 'catalog-message'))).toBe('Catálogo atualizado para a versão 4.');
  });
});

describe('the catalog status with no catalog yet', () => {
  it('does not pretend a saved catalog is in use', () => {
    const container = showStatus({ ...idle, failure: 'offline' }, fixtureMeta({ version: 0, etag: null }));
    expect(visibleText(byTestId(container, 'catalog-version'))).toBe('0');
    expect(visibleText(byTestId(container, 'catalog-refreshed-at'))).toBe('nunca atualizado');
    expect(visibleText(byTestId(container, 'catalog-failure'))).toBe('Neste momento não há ligação ao hub.');
  });
});
