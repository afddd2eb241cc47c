import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tPlural } from '../../i18n/t.ts';
import type { DrainStatus } from './drainWatch.ts';
import { formatBytes } from './formatBytes.ts';
import { requestsProgressText } from './progressText.ts';

/** How many times a drain is announced between its start and its end: at each quarter of its requests. */
const STEPS = 4;

/**
 * What a screen reader hears of a drain, for a polite live region: its start, each quarter done, and
 * its outcome, never every batch (a thousand requests would be a thousand interruptions).
 */
export function useDrainAnnouncement(status: DrainStatus): string {
  const [said, setSaid] = useState('');
  const step = useRef<number | null>(null);
  // The outcome known when the announced drain began: a drain that went stale leaves it as it was.
  const outcomeBefore = useRef(status.lastOutcome);

  useEffect(() => {
    const { progress } = status;
    if (!status.running) {
      // The end of a drain this window announced; a drain it did not hear start (or that had nothing
      // to send) ends in silence.
      const announced = step.current !== null;
      step.current = null;
      if (announced && status.lastOutcome && status.lastOutcome !== outcomeBefore.current)
        setSaid(t(`outbox.outcome.${status.lastOutcome.outcome}`));
      return;
    }
    if (!progress) return;
    const reached = progress.requests === 0 ? STEPS : Math.floor((progress.sentRequests / progress.requests) * STEPS);
    if (step.current === null) {
      step.current = reached;
      outcomeBefore.current = status.lastOutcome;
      // A window opened halfway through a drain hears where it is, not that it started.
      setSaid(
        progress.sentRequests === 0
          ? t('outbox.announce.started', {
              requests: tPlural('outbox.requests', progress.requests),
              bytes: formatBytes(progress.bytes),
            })
          : requestsProgressText(progress.sentRequests, progress.requests),
      );
    } else if (reached > step.current && reached < STEPS) {
      step.current = reached;
      setSaid(requestsProgressText(progress.sentRequests, progress.requests));
    }
  }, [status]);

  return said;
}
