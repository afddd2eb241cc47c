import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/t.ts';
import { citizenLink } from './citizenLink.ts';
import { hasSecondScreen, moveToSecondScreen, openCitizenWindow } from './openCitizenWindow.ts';

interface CitizenScreenControlsProps {
  /** Whether the citizen's screen shows personal answers; null where a page has none to show. */
  sees: boolean | null;
  onSees?: (sees: boolean) => void;
}

type Said = 'blocked' | 'moved' | 'not-moved' | null;

/** The mediator's side of the citizen's screen: open it (again), put it on the second screen, unmask. */
export function CitizenScreenControls({ sees, onSees }: CitizenScreenControlsProps) {
  const opened = useRef<Window | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const [everOpened, setEverOpened] = useState(false);
  const open = async () => {
    setSaid(null);
    opened.current = await openCitizenWindow(citizenLink().pair);
    if (!opened.current) setSaid('blocked');
    else setEverOpened(true);
  };
  const move = async () => {
    const target = opened.current;
    setSaid(target && (await moveToSecondScreen(target)) ? 'moved' : 'not-moved');
  };
  return (
    <div class="citizen-controls" data-testid="citizen-controls">
      <button type="button" class="button" data-testid="citizen-screen-open" onClick={() => void open()}>
        {everOpened ? t('citizen.screen.reopen') : t('citizen.screen.open')}
      </button>
      {everOpened && hasSecondScreen() && (
        <button type="button" class="button" data-testid="citizen-screen-move" onClick={() => void move()}>
          {t('citizen.screen.secondScreen')}
        </button>
      )}
      {sees !== null && onSees && (
        <button
          type="button"
          class="button choice"
          aria-pressed={sees}
          data-testid="citizen-sees"
          aria-describedby="citizen-sees-hint"
          onClick={() => onSees(!sees)}
        >
          {t('citizen.screen.show')}
        </button>
      )}
      <p id="citizen-sees-hint" class="hint" role="status">
        {said === 'blocked'
          ? t('citizen.screen.blocked')
          : said === 'moved'
            ? t('citizen.screen.moved')
            : said === 'not-moved'
              ? t('citizen.screen.notMoved')
              : sees === null
                ? t('citizen.screen.hint')
                : sees
                  ? t('citizen.screen.shown')
                  : t('citizen.screen.masked')}
      </p>
    </div>
  );
}
