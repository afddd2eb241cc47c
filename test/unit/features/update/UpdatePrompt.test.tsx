import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type UpdatePorts, UpdatePrompt } from '../../../../src/features/update/UpdatePrompt.tsx';
import { byTestId, click, mount, visibleText } from '../renderKit.tsx';

/** A service worker and an update guard the test moves by hand. */
function fakeUpdates() {
  let waiting = false;
  let holds: string[] = [];
  const waitingListeners = new Set<(waiting: boolean) => void>();
  const holdListeners = new Set<() => void>();
  const ports: UpdatePorts = {
    updateWaiting: () => waiting,
    onUpdateWaiting: (listener) => {
      waitingListeners.add(listener);
      return () => waitingListeners.delete(listener);
    },
    acceptUpdate: vi.fn(() => waiting && holds.length === 0),
    updateHolds: () => holds,
    onUpdateHoldsChange: (listener) => {
      holdListeners.add(listener);
      return () => holdListeners.delete(listener);
    },
  };
  return {
    ports,
    newVersionWaits() {
      waiting = true;
      act(() => {
        for (const listener of waitingListeners) listener(true);
      });
    },
    hold(reason: string) {
      holds = [...holds, reason];
      act(() => {
        for (const listener of holdListeners) listener();
      });
      return () => {
        holds = holds.filter((r) => r !== reason);
        act(() => {
          for (const listener of holdListeners) listener();
        });
      };
    },
  };
}

let unmount = () => {};
afterEach(() => unmount());

function showPrompt(updates: ReturnType<typeof fakeUpdates>) {
  const view = mount(<UpdatePrompt ports={updates.ports} />);
  unmount = view.unmount;
  return view.container;
}

describe('the update prompt', () => {
  it('stays out of the way until a new version waits', () => {
    const updates = fakeUpdates();
    const container = showPrompt(updates);
    expect(container.querySelector('[data-testid="update-prompt"]')).toBeNull();

    updates.newVersionWaits();
    const prompt = byTestId(container, 'update-prompt');
    expect(visibleText(prompt)).toContain('Há uma nova versão do Balcão.');
    expect(visibleText(byTestId(prompt, 'update-accept'))).toBe('Atualizar agora');
    expect(visibleText(byTestId(prompt, 'update-later'))).toBe('Mais tarde');
    // Announced, not modal: the attendance beside it goes on.
    expect(prompt.closest('[aria-live="polite"]')).not.toBeNull();
    expect(prompt.getAttribute('aria-modal')).toBeNull();
  });

  it('updates when the mediator accepts', () => {
    const updates = fakeUpdates();
    const container = showPrompt(updates);
    updates.newVersionWaits();
    click(byTestId(container, 'update-accept'));
    expect(updates.ports.acceptUpdate).toHaveBeenCalledOnce();
    expect(visibleText(byTestId(container, 'update-prompt'))).toContain('A atualizar o Balcão…');
  });

  it('"Mais tarde" hides it until the next new version', () => {
    const updates = fakeUpdates();
    const container = showPrompt(updates);
    updates.newVersionWaits();
    click(byTestId(container, 'update-later'));
    expect(container.querySelector('[data-testid="update-prompt"]')).toBeNull();
    updates.newVersionWaits();
    expect(container.querySelector('[data-testid="update-prompt"]')).not.toBeNull();
  });

  it('while an attendance is open, cannot update and says when it can', () => {
    const updates = fakeUpdates();
    const container = showPrompt(updates);
    updates.newVersionWaits();
    const release = updates.hold('attendance');
    const accept = byTestId(container, 'update-accept') as HTMLButtonElement;
    expect(accept.disabled).toBe(true);
    expect(visibleText(byTestId(container, 'update-prompt'))).toContain(
      'Poderá atualizar quando terminar o atendimento ou o formulário em curso.',
    );

    release();
    expect((byTestId(container, 'update-accept') as HTMLButtonElement).disabled).toBe(false);
    expect(visibleText(byTestId(container, 'update-prompt'))).not.toContain('Poderá atualizar quando terminar');
  });
});
