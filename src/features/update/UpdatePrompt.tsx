import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t.ts';
import { acceptUpdate, onUpdateWaiting, updateWaiting } from '../../sw-bridge/swBridge.ts';
import { onUpdateHoldsChange, updateHolds } from './updateGuard.ts';

/** What the prompt needs of the service worker and of the open work; the real ones unless a test passes its own. */
export interface UpdatePorts {
  updateWaiting: () => boolean;
  onUpdateWaiting: (listener: (waiting: boolean) => void) => () => void;
  acceptUpdate: () => boolean;
  updateHolds: () => string[];
  onUpdateHoldsChange: (listener: () => void) => () => void;
}

const REAL: UpdatePorts = { updateWaiting, onUpdateWaiting, acceptUpdate, updateHolds, onUpdateHoldsChange };

/**
 * "Há uma nova versão": the mediator chooses when the page reloads into it, never the app. Not modal,
 * so an attendance goes on beside it; while open work holds updates, accepting waits for it to finish.
 */
export function UpdatePrompt({ ports = REAL }: { ports?: UpdatePorts }) {
  const [waiting, setWaiting] = useState(ports.updateWaiting);
  const [dismissed, setDismissed] = useState(false);
  const [held, setHeld] = useState(() => ports.updateHolds().length > 0);
  const [accepting, setAccepting] = useState(false);

  useEffect(() => {
    setWaiting(ports.updateWaiting());
    return ports.onUpdateWaiting((next) => {
      setWaiting(next);
      // A new version waiting asks again, even after "Mais tarde".
      if (next) setDismissed(false);
    });
  }, [ports]);
  useEffect(() => {
    const update = () => setHeld(ports.updateHolds().length > 0);
    update();
    return ports.onUpdateHoldsChange(update);
  }, [ports]);

  const visible = waiting && !dismissed;
  return (
    <div class="update-slot" aria-live="polite">
      {visible && (
        <section class="update-prompt" data-testid="update-prompt" aria-labelledby="update-title">
          <p id="update-title" class="update-title">
            {t('update.title')}
          </p>
          <p class="update-body" data-testid={held ? 'update-held' : undefined}>
            {accepting ? t('update.updating') : held ? t('update.held') : t('update.body')}
          </p>
          <div class="update-actions">
            <button
              type="button"
              class="button primary"
              data-testid="update-accept"
              disabled={held || accepting}
              aria-busy={accepting}
              onClick={() => setAccepting(ports.acceptUpdate())}
            >
              {t('update.accept')}
            </button>
            <button type="button" class="button" data-testid="update-later" onClick={() => setDismissed(true)}>
              {t('update.later')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
