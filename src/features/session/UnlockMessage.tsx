import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t.ts';
import { type SessionMessage, unlockMessages } from './unlockMessages.ts';
import type { SessionUnlockOutcome } from './unlockSession.ts';

export interface ShownOutcome {
  /** null: the unlock itself failed (storage did not answer); nothing was counted. */
  outcome: SessionUnlockOutcome | null;
  /** When the next try is allowed (epoch ms), for the countdown. */
  retryAt: number;
  /** Counts the tries; the panel keys the message on it, so the same outcome twice is announced twice. */
  attempt: number;
}

/**
 * What a failed unlock says (unlockMessages), in an alert: the wrong secret, the wait with a live
 * countdown, the warning before destruction, destruction. The countdown ticks for the eyes only; a screen
 * reader hears the wait once, then that the mediator may try again.
 */
export function UnlockMessage({ shown, now }: { shown: ShownOutcome; now: () => number }) {
  if (shown.outcome === null) {
    return (
      <div class="notice warning unlock-message" role="alert" data-testid="unlock-message">
        <p class="unlock-line">{t('mediator.unlockFailed')}</p>
      </div>
    );
  }
  return <OutcomeMessage outcome={shown.outcome} retryAt={shown.retryAt} now={now} />;
}

function OutcomeMessage({
  outcome,
  retryAt,
  now,
}: {
  outcome: SessionUnlockOutcome;
  retryAt: number;
  now: () => number;
}) {
  const [at, setAt] = useState(now);
  const waiting = retryAt > at;
  useEffect(() => {
    if (!waiting) return;
    // A quarter second: the seconds shown change on time, whatever the phase of the timer.
    const timer = setInterval(() => setAt(now()), 250);
    return () => clearInterval(timer);
  }, [waiting, now]);

  const first = unlockMessages(outcome);
  const current = unlockMessages(withRetry(outcome, retryAt - at));
  const hadWait = first.some(isWait);
  return (
    <div class="notice warning unlock-message" role="alert" data-testid="unlock-message">
      {current.map((message) =>
        isWait(message) ? (
          <p key={message.key} class="unlock-line" data-wait="">
            <span aria-hidden="true">{text(message)}</span>
            <span class="visually-hidden">{text(first.find(isWait) ?? message)}</span>
          </p>
        ) : (
          <p key={message.key} class="unlock-line">
            {text(message)}
          </p>
        ),
      )}
      {hadWait && !waiting && !outcome.ok && outcome.reason !== 'destroyed' && (
        <p class="unlock-line">{t('mediator.retryReady')}</p>
      )}
    </div>
  );
}

function isWait(message: SessionMessage): boolean {
  return message.key === 'unlock.wait.seconds' || message.key === 'unlock.wait.minutes';
}

function text(message: SessionMessage): string {
  return t(message.key, message.params);
}

function withRetry(outcome: SessionUnlockOutcome, retryInMs: number): SessionUnlockOutcome {
  if (outcome.ok || (outcome.reason !== 'wait' && outcome.reason !== 'wrong-secret')) return outcome;
  return { ...outcome, retryInMs: Math.max(0, retryInMs) };
}
