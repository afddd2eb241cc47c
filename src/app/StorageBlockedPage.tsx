import { Footer } from './Footer.tsx';
import { StorageBlocked } from './StorageBlocked.tsx';

/** The whole page when the device's storage cannot be used: what happened and what to do, never blank. */
export function StorageBlockedPage({ blockedByTab }: { blockedByTab: boolean }) {
  return (
    <>
      <main id="main" class="main">
        <StorageBlocked blockedByTab={blockedByTab} />
      </main>
      <Footer />
    </>
  );
}
