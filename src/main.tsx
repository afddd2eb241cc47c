import { render } from 'preact';
import { App } from './app/App.tsx';
import { installTrustedTypes } from './app/installTrustedTypes.ts';
import { balcaoDb } from './db/balcaoDb.ts';
import { readCatalogSnapshot } from './features/catalog/catalogSnapshot.ts';
import { restoreLocale } from './i18n/locale.ts';
import { registerServiceWorker } from './sw-bridge/swBridge.ts';
import { loadSearchIndex, searchCatalog } from './workers/searchBridge.ts';
import './styles/app.css';

installTrustedTypes();
performance.mark('balcao:start');

// What the first screen needs, read at once and side by side before the first render: the language
// chosen last time (it gives up quickly if storage does not answer) and the saved catalog. A failed read
// is left to the App, which opens the database again and says what is wrong.
const db = balcaoDb();
const [, initialCatalog] = await Promise.all([restoreLocale(), readCatalogSnapshot(db).catch(() => undefined)]);
performance.mark('balcao:catalog-read');
const root = document.getElementById('app');
if (root) {
  render(
    <App db={db} search={{ load: loadSearchIndex, search: searchCatalog }} initialCatalog={initialCatalog} />,
    root,
  );
}
registerServiceWorker();
