import { navigate } from '../../app/router.ts';
import { matchRoute, paths } from '../../app/routes.ts';
import { t, tRich } from '../../i18n/t.ts';
import { useSession } from './SessionProvider.tsx';

/** Opens the mediator panel, to come back to this page once the mediator is in. */
export function openMediatorPanel(): void {
  if (matchRoute(location.pathname).name === 'mediator') {
    document.querySelector<HTMLElement>('main h1')?.focus();
    return;
  }
  const here = `${location.pathname}${location.search}`;
  navigate(paths.mediator(here), { state: { mediatorPanelFrom: here } });
}

/**
 * The header's session: "Bloqueado" (and why) with "Entrar", or the mediator's name with "Bloquear".
 * The state is a polite live region, so an idle lock is heard as well as seen.
 */
export function SessionStatus() {
  const session = useSession();
  const { state } = session;
  const locked = state.status === 'locked';
  return (
    <div class="session">
      <p class="session-state" role="status">
        {state.status === 'locked' ? (
          <span data-testid="session-locked">{t(`session.locked.${state.reason}`)}</span>
        ) : (
          session.mediatorName !== null &&
          tRich('session.mediator', {
            name: (
              <strong class="session-name" data-testid="session-mediator">
                {session.mediatorName}
              </strong>
            ),
          })
        )}
      </p>
      {/* One button that changes its part, so the focus stays on it when the mediator locks. */}
      <button
        type="button"
        class="button session-button"
        data-testid={locked ? 'session-unlock-open' : 'session-lock'}
        onClick={locked ? openMediatorPanel : session.lock}
      >
        {t(locked ? 'session.unlockOpen' : 'session.lock')}
      </button>
    </div>
  );
}
