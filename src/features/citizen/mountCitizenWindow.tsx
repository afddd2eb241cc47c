import { render } from 'preact';
import { restoreLocale } from '../../i18n/locale.ts';
import { CitizenWindow } from './CitizenWindow.tsx';

/**
 * The citizen's window in place of the mediator's app: no database, no session, no service-worker
 * prompts; only the channel to the mediator's tab named in the address's fragment (never sent to the hub).
 */
export async function mountCitizenWindow(root: HTMLElement): Promise<void> {
  await restoreLocale();
  root.replaceChildren();
  render(<CitizenWindow pair={location.hash.slice(1)} />, root);
}
