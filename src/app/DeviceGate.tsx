import { useEffect, useState } from 'preact/hooks';
import type { BalcaoDb } from '../db/balcaoDb.ts';
import type { DeviceRecord } from '../db/device/deviceRecord.ts';
import type { CatalogSnapshot } from '../features/catalog/catalogSnapshot.ts';
import type { SearchPort } from '../features/catalog/searchFeed.ts';
import type { StartRefresher } from '../features/catalog/startRefresherLazily.ts';
import { SessionProvider } from '../features/session/SessionProvider.tsx';
import { createSessionStore } from '../features/session/sessionStore.ts';
import type { Locale } from '../i18n/locale.ts';
import { BootMessage } from './BootMessage.tsx';
import { CatalogApp } from './CatalogApp.tsx';
import type { DeviceCheck } from './checkDeviceWithHub.ts';
import { EnrollmentShell } from './EnrollmentShell.tsx';
import { type DeviceState, readDeviceState } from './readDeviceState.ts';
import { requestHeadingFocus } from './router.ts';
import { StorageBlockedPage } from './StorageBlockedPage.tsx';

interface DeviceGateProps {
  db: BalcaoDb;
  search: SearchPort;
  startRefresher: StartRefresher;
  fetch: typeof fetch;
  locale: Locale;
  initialCatalog?: CatalogSnapshot | undefined;
  initialDevice?: DeviceState | undefined;
}

type GateState = DeviceState | { status: 'checking' } | { status: 'failed' };

/**
 * Enrollment gates the app (issue 3, item 1): an enrolled device opens the catalog of its spot with the
 * mediator's session; any other asks for an enrollment code. A revocation found on the way comes back here
 * and the enrollment screen says why, without a reload.
 */
export function DeviceGate({
  db,
  search,
  startRefresher,
  fetch,
  locale,
  initialCatalog,
  initialDevice,
}: DeviceGateProps) {
  const [gate, setGate] = useState<GateState>(initialDevice ?? { status: 'checking' });
  // The session: a wipe locks it; a new enrollment starts a new one, locked as at start.
  const [store, setStore] = useState(createSessionStore);
  // The catalog read before the first render belongs to the device as it was at start, not after a wipe.
  const [startCatalog, setStartCatalog] = useState(initialCatalog);
  const [justEnrolled, setJustEnrolled] = useState(false);

  useEffect(() => {
    if (gate.status !== 'checking') return;
    let live = true;
    readDeviceState(db).then(
      (state) => live && setGate(state),
      (error: unknown) => {
        console.error('could not read the device identity', error);
        if (live) setGate({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [db, gate.status]);

  const leave = (revoked: boolean) => {
    store.lock('revoked');
    setStartCatalog(undefined);
    setJustEnrolled(false);
    requestHeadingFocus();
    setGate(revoked ? { status: 'not-enrolled', revoked: true } : { status: 'checking' });
  };

  const onEnrolled = (device: DeviceRecord) => {
    // From now on the device holds requests that exist nowhere else: ask the browser not to evict its
    // storage under pressure (issue 5, item 7). Chromium grants it to an installed app; a refusal is
    // shown on the outbox page with the usage estimate, never a reason to stop.
    void navigator.storage?.persist?.().catch((error: unknown) => console.warn('persistent storage refused', error));
    setStore(createSessionStore());
    setStartCatalog(undefined);
    setJustEnrolled(true);
    requestHeadingFocus();
    setGate({ status: 'enrolled', device });
  };

  const onDeviceCheck = (check: DeviceCheck) => {
    if (check.kind === 'revoked') leave(true);
    else if (check.kind === 'not-enrolled') leave(false);
    else if (check.kind === 'current') {
      setGate((current) => (current.status === 'enrolled' ? { status: 'enrolled', device: check.device } : current));
    }
  };

  switch (gate.status) {
    case 'checking':
      return <BootMessage />;
    case 'failed':
      return <StorageBlockedPage blockedByTab={false} />;
    case 'not-enrolled':
      return <EnrollmentShell db={db} fetch={fetch} locale={locale} revoked={gate.revoked} onEnrolled={onEnrolled} />;
    case 'enrolled':
      return (
        <SessionProvider store={store} db={db} spot={gate.device.spot}>
          <CatalogApp
            db={db}
            search={search}
            startRefresher={startRefresher}
            fetch={fetch}
            locale={locale}
            spot={gate.device.spot}
            initialCatalog={startCatalog}
            justEnrolled={justEnrolled}
            onDeviceCheck={onDeviceCheck}
          />
        </SessionProvider>
      );
  }
}
