import { Bilingual } from './Bilingual.tsx';

/**
 * The app could not open its database (a private window, site data blocked, a full disk, another tab
 * holding an old version open). The catalog and the work live there, so say why nothing can show.
 */
export function StorageBlocked({ blockedByTab }: { blockedByTab: boolean }) {
  return (
    <section class="problem" role="alert" data-testid="storage-blocked">
      <Bilingual as="h1" id="storage.title" />
      <Bilingual id={blockedByTab ? 'storage.blocked' : 'storage.body'} />
      <Bilingual as="h2" id="storage.fixHeading" />
      <ul class="steps">
        <Bilingual as="li" id="storage.fixAllow" />
        <Bilingual as="li" id="storage.fixPrivate" />
        <Bilingual as="li" id="storage.fixSpace" />
        <Bilingual as="li" id="storage.fixTabs" />
      </ul>
      <button type="button" class="button primary" onClick={() => location.reload()}>
        <Bilingual as="span" id="storage.retry" />
      </button>
    </section>
  );
}
