// `/mediador` (issue 3, item 4): who is at the keyboard. Choose your name and type your secret, or create
// a new mediator; then back to the page you came from, unlocked. Loaded when first opened.
import { useRef, useState } from 'preact/hooks';
import { PageHeading } from '../../app/PageHeading.tsx';
import { navigate } from '../../app/router.ts';
import { matchRoute, returnPathFrom } from '../../app/routes.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { lockoutPolicy } from '../../core/session/lockoutPolicy.ts';
import { listMediators, type MediatorOnLockScreen } from '../../db/secure/listMediators.ts';
import { t } from '../../i18n/t.ts';
import { NewMediatorForm } from './NewMediatorForm.tsx';
import { useSession } from './SessionProvider.tsx';
import { UnlockForm } from './UnlockForm.tsx';
import { type ShownOutcome, UnlockMessage } from './UnlockMessage.tsx';
import type { SessionUnlockOutcome } from './unlockSession.ts';

export function MediatorPanel() {
  const session = useSession();
  const { db, state, now } = session;
  const mediators = useLiveQuery(() => listMediators(db), [db]);
  const list = mediators.status === 'ready' ? mediators.value : null;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [shown, setShown] = useState<ShownOutcome | null>(null);
  const [newRequest, setNewRequest] = useState(0);
  const [chooseRequest, setChooseRequest] = useState(0);
  const [newOpen, setNewOpen] = useState(false);
  const attempts = useRef(0);

  // A mediator destroyed by wrong secrets leaves the list; the message saying so stays.
  const chosen = list?.find((m) => m.id === chosenId) ?? (list?.length === 1 ? list[0] : undefined);
  const showNew = newOpen || list?.length === 0;

  const show = (outcome: SessionUnlockOutcome | null) => {
    const retryInMs = outcome && !outcome.ok && 'retryInMs' in outcome ? outcome.retryInMs : 0;
    attempts.current += 1;
    setShown({ outcome, retryAt: now() + retryInMs, attempt: attempts.current });
  };

  const choose = (mediator: MediatorOnLockScreen) => {
    setChosenId(mediator.id);
    setChooseRequest((n) => n + 1);
    setShown(null);
    // Still waiting after the last wrong secrets (since before a reload, say): say so before they type.
    const waiting = waitOf(mediator, now());
    if (waiting) show(waiting);
  };

  const unlocked = (outcome: SessionUnlockOutcome | null) => {
    if (outcome?.ok) returnFromPanel();
    else show(outcome);
  };

  return (
    <section class="page mediator-panel" data-testid="mediator-panel">
      <PageHeading title={t('mediator.title')} />
      <p class="prose">{t('mediator.intro')}</p>
      {state.status === 'unlocked' ? (
        session.mediatorName !== null && (
          <p class="notice">{t('mediator.unlockedAs', { name: session.mediatorName })}</p>
        )
      ) : (
        <p class="notice" data-testid="lock-reason">
          {t(`lock.reason.${state.reason}`)}
        </p>
      )}
      {shown && <UnlockMessage key={shown.attempt} shown={shown} now={now} />}

      {list && list.length > 0 && (
        <section aria-labelledby="mediator-choose">
          <h2 id="mediator-choose">{t('mediator.choose')}</h2>
          <ul class="choice-list">
            {list.map((mediator) => (
              <li key={mediator.id}>
                <button
                  type="button"
                  class="button choice"
                  data-testid="mediator-choice"
                  aria-pressed={chosen?.id === mediator.id}
                  onClick={() => choose(mediator)}
                >
                  {mediator.name}
                </button>
              </li>
            ))}
          </ul>
          {chosen && (
            // Keyed: another mediator's form never keeps what the previous one typed.
            <UnlockForm
              key={chosen.id}
              mediator={chosen}
              session={session}
              focusRequest={chooseRequest}
              onOutcome={unlocked}
            />
          )}
        </section>
      )}
      {list && list.length === 0 && <p class="notice">{t('mediator.none')}</p>}

      <p class="new-mediator-open">
        <button
          type="button"
          class="button"
          data-testid="mediator-new"
          aria-expanded={showNew}
          aria-controls="new-mediator"
          onClick={() => {
            setNewOpen(true);
            setNewRequest((n) => n + 1);
          }}
        >
          {t('mediator.new')}
        </button>
      </p>
      <div id="new-mediator">
        {list && showNew && (
          <NewMediatorForm
            session={session}
            existingNames={list.map((m) => m.name)}
            focusRequest={newRequest}
            onCreated={returnFromPanel}
            {...(list.length > 0 ? { onCancel: () => setNewOpen(false) } : {})}
          />
        )}
      </div>
    </section>
  );
}

/** A wait still running from earlier wrong secrets, as the unlock would answer it; null when there is none. */
function waitOf(mediator: MediatorOnLockScreen, at: number): SessionUnlockOutcome | null {
  if (mediator.nextAttemptAt === null) return null;
  const lockout = lockoutPolicy(mediator.failedAttempts);
  const retryInMs = mediator.nextAttemptAt - at;
  // Longer than the policy's wait: the clock went back, and the unlock lets the try through.
  if (retryInMs <= 0 || retryInMs > lockout.delayMs) return null;
  return { ok: false, reason: 'wait', retryInMs, lockout };
}

/**
 * Back to the page the panel was opened from: a step back in history when the panel was opened from
 * there (so Back does not return to the panel), otherwise the page its address names.
 */
function returnFromPanel(): void {
  // The derivation takes a moment: a mediator who went elsewhere meanwhile stays there.
  if (matchRoute(location.pathname).name !== 'mediator') return;
  const back = returnPathFrom(location.search);
  const from = (history.state as { mediatorPanelFrom?: unknown } | null)?.mediatorPanelFrom;
  if (from === back) history.back();
  else navigate(back, { replace: true });
}
