import { useEffect, useRef, useState } from 'preact/hooks';
import type { MediatorOnLockScreen } from '../../db/secure/listMediators.ts';
import { t } from '../../i18n/t.ts';
import type { Session } from './SessionProvider.tsx';
import { type SessionUnlockOutcome, unlockSession } from './unlockSession.ts';

interface UnlockFormProps {
  mediator: MediatorOnLockScreen;
  session: Session;
  /** Changes when the mediator chooses a name: their secret field takes the focus. */
  focusRequest: number;
  /** null: the unlock could not be tried (storage failed); nothing was counted. */
  onOutcome: (outcome: SessionUnlockOutcome | null) => void;
}

/** The chosen mediator's secret and "Desbloquear". Unlocking another mediator locks the current one first. */
export function UnlockForm({ mediator, session, focusRequest, onOutcome }: UnlockFormProps) {
  const [secret, setSecret] = useState('');
  const [working, setWorking] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  // No effect clears the secret when the mediator changes: MediatorPanel keys this form by the mediator,
  // and an effect would run after the next paint, wiping what was typed in a window that is not painting.
  // Choosing a name takes the mediator straight to their secret.
  useEffect(() => {
    if (focusRequest > 0) field.current?.focus();
  }, [focusRequest]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    let outcome: SessionUnlockOutcome | null;
    try {
      outcome = await unlockSession({ db: session.db, now: session.now }, session.store, mediator.id, secret);
    } catch (error) {
      // Storage failed under the unlock: the mediator may simply try again.
      console.error('unlock failed', error);
      outcome = null;
    }
    // The secret is not kept a moment longer than the try.
    setSecret('');
    setWorking(false);
    onOutcome(outcome);
    if (!outcome?.ok) field.current?.focus();
  };

  const hintId = 'mediator-secret-hint';
  return (
    <form class="form unlock-form" onSubmit={submit} noValidate aria-busy={working}>
      <div class="field">
        <label for="mediator-secret" class="field-label">
          {t('mediator.secret')}
        </label>
        <p id={hintId} class="hint">
          {t('mediator.secretHint', { name: mediator.name })}
        </p>
        <input
          ref={field}
          id="mediator-secret"
          type="password"
          class="text-input"
          data-testid="mediator-secret"
          aria-describedby={hintId}
          autocomplete="off"
          inputMode={mediator.secretKind === 'pin' ? 'numeric' : undefined}
          value={secret}
          onInput={(event) => setSecret(event.currentTarget.value)}
        />
      </div>
      <div class="form-actions">
        <button
          type="submit"
          class="button primary"
          data-testid="mediator-unlock"
          disabled={working}
          aria-busy={working}
        >
          {working && <span class="spinner" aria-hidden="true" />}
          {t('mediator.unlock')}
        </button>
        <p class="form-progress" role="status">
          {working ? t('mediator.unlocking') : ''}
        </p>
      </div>
    </form>
  );
}
