import { render } from 'preact';
import { App } from './app/App.tsx';
import { balcaoDb } from './db/balcaoDb.ts';
import { restoreLocale } from './i18n/locale.ts';
import { registerServiceWorker } from './sw-bridge/swBridge.ts';
import { loadSearchIndex, searchCatalog } from './workers/searchBridge.ts';
import './styles/app.css';

// The language chosen last time, before the first paint (it gives up quickly if storage does not answer).
await restoreLocale();
const root = document.getElementById('app');
if (root) render(<App db={balcaoDb()} search={{ load: loadSearchIndex, search: searchCatalog }} />, root);
registerServiceWorker();
