import { useEffect, useState } from 'preact/hooks';

/** The time now, renewed every `everyMs`, so "há 2 minutos" keeps telling the truth while the screen stays open. */
export function useNow(everyMs = 30_000, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, clock]);
  return now;
}
