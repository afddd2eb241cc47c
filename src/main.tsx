import { render } from 'preact';
import { App } from './app/App.tsx';
import { installTrustedTypes } from './app/installTrustedTypes.ts';
import { readDeviceState } from './app/readDeviceState.ts';
import { isCitizenPath } from './app/routes.ts';
import { balcaoDb } from './db/balcaoDb.ts';
import { readCatalogSnapshot } from './features/catalog/catalogSnapshot.ts';
import { restoreLocale } from './i18n/locale.ts';
import { startDrainTriggers } from './sw-bridge/requestDrain.ts';
import { registerServiceWorker } from './sw-bridge/swBridge.ts';
import { loadSearchIndex, searchCatalog } from './workers/searchBridge.ts';
import './styles/app.css';

installTrustedTypes();
performance.mark('balcao:start');

const root = document.getElementById('app');
if (isCitizenPath(location.pathname)) {
  // The citizen's screen is a window of its own (issue 6): it loads its code alone, when opened.
  const { mountCitizenWindow } = await import('./features/citizen/mountCitizenWindow.tsx');
  if (root) await mountCitizenWindow(root);
} else {
  // What the first screen needs, read at once and side by side before the first render: the language
  // chosen last time (it gives up quickly if storage does not answer), the device's enrollment (which
  // first finishes a wipe that was interrupted) and the saved catalog. A failed read is left to the App,
  // which opens the database again and says what is wrong.
  const db = balcaoDb();
  const [, initialDevice, initialCatalog] = await Promise.all([
    restoreLocale(),
    readDeviceState(db).catch(() => undefined),
    readCatalogSnapshot(db).catch(() => undefined),
  ]);
  performance.mark('balcao:catalog-read');
  if (root) {
    // The boot line of index.html goes first: Preact keeps children it did not render, and it would stay
    // below the app (or above it, after the enrollment screen gives way to the catalog).
    root.replaceChildren();
    render(
      <App
        db={db}
        search={{ load: loadSearchIndex, search: searchCatalog }}
        initialDevice={initialDevice}
        // A device that is not enrolled (or was just wiped) shows no catalog from before.
        initialCatalog={initialDevice?.status === 'enrolled' ? initialCatalog : undefined}
      />,
      root,
    );
  }
  registerServiceWorker();
  // The outbox is sent on every trigger the open app has (start, online, visible, a timer), besides the
  // worker's own (Background Sync, its start): one drain under one lock, wherever it runs.
  startDrainTriggers(db);
}
