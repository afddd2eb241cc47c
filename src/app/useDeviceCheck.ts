import { useEffect, useRef } from 'preact/hooks';
import type { BalcaoDb } from '../db/balcaoDb.ts';
import type { RefreshStatus } from '../features/catalog/catalogRefresher.ts';
import { checkDeviceWithHub, type DeviceCheck } from './checkDeviceWithHub.ts';

/**
 * Checks the device with the hub after every catalog refresh that reached the network (the refresher's
 * first one runs at start), so a revocation is found as soon as the device is online. One check at a time.
 */
export function useDeviceCheck(
  world: { db: BalcaoDb; fetch: typeof fetch },
  status: RefreshStatus | null,
  onCheck: (check: DeviceCheck) => void,
): void {
  const latest = useRef(onCheck);
  latest.current = onCheck;
  const running = useRef(false);
  const attemptedAt = status && !status.running ? status.attemptedAt : null;
  const offline = status?.failure === 'offline';

  useEffect(() => {
    if (attemptedAt === null || offline || running.current) return;
    running.current = true;
    // The answer is delivered even after a re-render: a revocation must reach the app whatever happened meanwhile.
    void checkDeviceWithHub(world)
      .then((check) => latest.current(check))
      .finally(() => {
        running.current = false;
      });
  }, [attemptedAt, offline, world.db, world.fetch]);
}
