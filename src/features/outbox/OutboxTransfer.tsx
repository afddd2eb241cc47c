// On /envios, the outbox to a file and back (issue 5, item 7): for a laptop that breaks, the requests
// it has not delivered leave on a file under a passphrase, and another device of the spot takes them in
// and sends them. The file's format and its rules are src/db/outbox/ (exportOutbox, importOutbox).

import { t } from '../../i18n/t.ts';
import { ExportOutboxForm } from './ExportOutboxForm.tsx';
import { ImportOutboxForm } from './ImportOutboxForm.tsx';

export function OutboxTransfer() {
  return (
    <section class="outbox-transfer" aria-labelledby="outbox-transfer-title" data-testid="outbox-transfer">
      <h2 id="outbox-transfer-title">{t('outbox.transfer.title')}</h2>
      <p class="prose">{t('outbox.transfer.intro')}</p>
      <ExportOutboxForm />
      <ImportOutboxForm />
    </section>
  );
}
