import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container in happy-dom's document; `unmount` removes it. */
export function mount(ui: ComponentChild): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(ui, container));
  return {
    container,
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Waits until `check` stops throwing (effects, IndexedDB and promises settling), then returns its value. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** The text a person reads: whitespace collapsed, and Intl's no-break spaces ("30,00 €") as plain spaces. */
export function visibleText(element: Element | null): string {
  return (element?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function byTestId(root: ParentNode, id: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no element with data-testid="${id}"`);
  return found;
}

/** Clicks as a person does, letting Preact re-render before the test looks again. */
export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

/** Types into an input as a person does: the value changes and an input event fires. */
export function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
