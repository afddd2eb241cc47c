import type { SessionMessageKey } from './sessionMessages.ts';
import type { SessionUnlockOutcome } from './unlockSession.ts';

export interface SessionMessage {
  key: SessionMessageKey;
  params?: Record<string, number>;
}

/**
 * What the lock screen says after a failed unlock, in order: what happened, then how long to wait,
 * then the warning before destruction. Waits are rounded up, so "0 s" is never shown.
 */
export function unlockMessages(outcome: SessionUnlockOutcome): SessionMessage[] {
  if (outcome.ok) return [];
  switch (outcome.reason) {
    case 'unknown-mediator':
    case 'superseded':
      return [{ key: `unlock.${outcome.reason}` }];
    case 'destroyed':
      return [{ key: 'unlock.destroyed' }];
    case 'wait':
    case 'wrong-secret': {
      const messages: SessionMessage[] = outcome.reason === 'wrong-secret' ? [{ key: 'unlock.wrong-secret' }] : [];
      if (outcome.retryInMs > 0) messages.push(waitMessage(outcome.retryInMs));
      if (outcome.lockout.warn) {
        const count = outcome.lockout.attemptsLeft;
        messages.push({ key: count === 1 ? 'unlock.warning.one' : 'unlock.warning.other', params: { count } });
      }
      return messages;
    }
  }
}

function waitMessage(ms: number): SessionMessage {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120
    ? { key: 'unlock.wait.seconds', params: { seconds } }
    : { key: 'unlock.wait.minutes', params: { minutes: Math.ceil(seconds / 60) } };
}
