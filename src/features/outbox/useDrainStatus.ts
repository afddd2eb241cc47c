import { useEffect, useState } from 'preact/hooks';
import { createDrainWatch, type DrainStatus, type DrainWatch } from './drainWatch.ts';

let shared: DrainWatch | undefined;

/** The window's one watch on the sender: the badge and the outbox page read the same. */
export function sharedDrainWatch(): DrainWatch {
  shared ??= createDrainWatch();
  return shared;
}

/** The sender's status as this window hears it; re-renders on every event. */
export function useDrainStatus(watch: DrainWatch = sharedDrainWatch()): DrainStatus {
  const [status, setStatus] = useState(watch.get);
  useEffect(() => {
    const unsubscribe = watch.subscribe(setStatus);
    setStatus(watch.get());
    return unsubscribe;
  }, [watch]);
  return status;
}
