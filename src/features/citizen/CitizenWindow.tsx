// The citizen's screen (issue 6, items 1 and 4): what the mediator does, step by step, in large type and
// plain words, in the citizen's own language. Nothing to click in the attendance itself; the tools bar
// only adjusts the screen (text size, contrast, full screen, language). With "citizen types" on, the
// citizen types the field in focus here and the mediator sees it.
import './citizen.css';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from '../../app/ErrorBoundary.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import type { CitizenTyping, CitizenView } from '../../core/citizen/CitizenView.ts';
import { isPair } from '../../core/citizen/citizenProtocol.ts';
import { formatMoney } from '../../i18n/formatMoney.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { useMediatorView } from './useMediatorView.ts';

/** Text sizes of the citizen's screen, in px: 24 at the least (the domain README's accessibility numbers). */
const TEXT_SIZES = [24, 28, 32, 40] as const;

export function CitizenWindow({ pair }: { pair: string }) {
  const locale = useLocale();
  const [size, setSize] = useState(0);
  const [contrast, setContrast] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${TEXT_SIZES[size]}px`;
    root.classList.toggle('citizen-contrast', contrast);
  }, [size, contrast]);
  useEffect(() => {
    document.title = `${t('citizen.title')} · ${t('app.name')}`;
  }, [locale]);

  return (
    <div class="citizen-screen">
      <main class="citizen-main" data-testid="citizen-screen">
        {isPair(pair) ? (
          <Paired pair={pair} />
        ) : (
          <Kind title={t('citizen.unpaired')} detail={t('citizen.unpaired.detail')} testId="citizen-unpaired" />
        )}
      </main>
      <aside class="citizen-tools" aria-label={t('citizen.tools')}>
        <fieldset class="citizen-size">
          <legend class="visually-hidden">{t('citizen.textSize')}</legend>
          <button
            type="button"
            class="citizen-tool"
            data-testid="citizen-smaller"
            aria-disabled={size === 0}
            onClick={() => setSize((s) => Math.max(0, s - 1))}
          >
            <span aria-hidden="true">A− </span>
            {t('citizen.smaller')}
          </button>
          <button
            type="button"
            class="citizen-tool"
            data-testid="citizen-larger"
            aria-disabled={size === TEXT_SIZES.length - 1}
            onClick={() => setSize((s) => Math.min(TEXT_SIZES.length - 1, s + 1))}
          >
            <span aria-hidden="true">A+ </span>
            {t('citizen.larger')}
          </button>
        </fieldset>
        <button
          type="button"
          class="citizen-tool"
          data-testid="citizen-contrast"
          aria-pressed={contrast}
          onClick={() => setContrast((c) => !c)}
        >
          {t('citizen.contrast')}
        </button>
        <button
          type="button"
          class="citizen-tool"
          data-testid="citizen-full-screen"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        >
          {t('citizen.fullScreen')}
        </button>
        <LanguageSwitch locale={locale} keep={false} />
      </aside>
    </div>
  );
}

function Paired({ pair }: { pair: string }) {
  const { heard, type } = useMediatorView(pair);
  const announcement =
    heard.status === 'view' && heard.view.kind === 'attendance'
      ? t('citizen.announce', {
          current: heard.view.step.number,
          total: heard.view.step.count,
          title: pickText(heard.view.step.title),
        })
      : heard.status === 'view' && heard.view.kind === 'completed'
        ? t('citizen.completed.title')
        : '';
  return (
    <>
      {/* Present from the start, so a screen reader announces each step as it changes. */}
      <p class="visually-hidden" aria-live="polite" data-testid="citizen-announcement">
        {announcement}
      </p>
      {heard.status === 'view' ? (
        // A view this window cannot draw (a tab of another app version, say) says so, with a reload.
        <ErrorBoundary>
          <ViewOf view={heard.view} type={type} />
        </ErrorBoundary>
      ) : heard.status === 'lost' ? (
        <Kind title={t('citizen.lost')} detail={t('citizen.lost.detail')} testId="citizen-lost" />
      ) : (
        <Kind title={t('citizen.welcome')} detail={t('citizen.welcome.detail')} testId="citizen-waiting" />
      )}
    </>
  );
}

function ViewOf({ view, type }: { view: CitizenView; type: (fieldId: string, value: string) => void }) {
  switch (view.kind) {
    case 'idle':
      return <Kind title={t('citizen.welcome')} detail={t('citizen.welcome.detail')} testId="citizen-idle" />;
    case 'ended':
      return <Kind title={t('citizen.welcome')} detail={t(`citizen.ended.${view.outcome}`)} testId="citizen-ended" />;
    case 'completed':
      return <Completed view={view} />;
    case 'attendance':
      return <Attendance view={view} type={type} />;
  }
}

function Kind({ title, detail, testId }: { title: string; detail: string; testId: string }) {
  return (
    <section class="citizen-kind" data-testid={testId}>
      <h1>{title}</h1>
      <p>{detail}</p>
    </section>
  );
}

function Attendance({
  view,
  type,
}: {
  view: Extract<CitizenView, { kind: 'attendance' }>;
  type: (fieldId: string, value: string) => void;
}) {
  const { step } = view;
  return (
    <section data-testid="citizen-attendance" data-step-kind={step.kind} data-step-number={step.number}>
      <h1 class="citizen-service" data-testid="citizen-service">
        {view.service ? pickText(view.service) : t('attendance.new')}
        {view.entity && <span class="citizen-entity"> · {view.entity}</span>}
      </h1>
      <p class="citizen-progress" data-testid="citizen-progress">
        {t('citizen.progress', { current: step.number, total: step.count })}
      </p>
      <h2 class="citizen-step" data-testid="citizen-step">
        {pickText(step.title)}
      </h2>
      <p class="citizen-explain" data-testid="citizen-explain">
        {t(`citizen.explain.${step.kind}`)}
      </p>
      {view.typing && <Typing typing={view.typing} type={type} />}
      {view.fields.length > 0 && (
        <>
          <h3 class="citizen-answers-title">{t('citizen.answers')}</h3>
          <dl class="citizen-fields" data-testid="citizen-fields">
            {view.fields.map((field) => (
              <div key={field.id} class="citizen-field" data-field-id={field.id} data-masked={field.masked}>
                <dt>{pickText(field.label)}</dt>
                <dd>
                  {field.masked ? (
                    <>
                      <span aria-hidden="true">{t('citizen.masked')}</span>
                      <span class="visually-hidden">{t('citizen.masked.label')}</span>
                    </>
                  ) : field.value ? (
                    pickText(field.value)
                  ) : (
                    <span class="citizen-empty">{t('citizen.noAnswer')}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {(step.kind === 'fee' || step.kind === 'review') && (
        <p class="citizen-fee" data-testid="citizen-fee">
          {view.feeCents === null
            ? t('citizen.fee.unknown')
            : view.feeCents === 0
              ? t('citizen.fee.free')
              : t('citizen.fee', { amount: formatMoney(view.feeCents) })}
        </p>
      )}
    </section>
  );
}

/** The field the citizen types in: their keystrokes stay theirs while they type, whatever echoes back. */
function Typing({ typing, type }: { typing: CitizenTyping; type: (fieldId: string, value: string) => void }) {
  const [value, setValue] = useState(typing.value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setValue(typing.value);
  }, [typing.value, typing.fieldId, editing]);
  useEffect(() => setEditing(false), [typing.fieldId]);
  return (
    <div class="citizen-typing">
      <label class="citizen-typing-label" for="citizen-typing-input">
        {t('citizen.typing.title')}: {pickText(typing.label)}
      </label>
      <p id="citizen-typing-hint" class="citizen-typing-hint">
        {t('citizen.typing.hint')}
      </p>
      <input
        id="citizen-typing-input"
        data-testid="citizen-typing-input"
        data-field-id={typing.fieldId}
        class="citizen-typing-input"
        type="text"
        autocomplete="off"
        aria-describedby="citizen-typing-hint"
        maxLength={typing.maxLength}
        value={value}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setValue(typed);
          type(typing.fieldId, typed);
        }}
      />
    </div>
  );
}

function Completed({ view }: { view: Extract<CitizenView, { kind: 'completed' }> }) {
  return (
    <section data-testid="citizen-completed">
      <h1 class="citizen-service">{pickText(view.service)}</h1>
      <h2>{t('citizen.completed.title')}</h2>
      <p>
        {t('citizen.completed.reference')}:{' '}
        <strong class="citizen-reference" data-testid="citizen-reference">
          {view.reference}
        </strong>
      </p>
      <p>{t('citizen.completed.pending')}</p>
      {view.guide.length > 0 && (
        <>
          <h2>{t('citizen.completed.alone')}</h2>
          <ol class="citizen-guide" data-testid="citizen-guide">
            {view.guide.map((step) => (
              <li key={step.pt}>{pickText(step)}</li>
            ))}
          </ol>
        </>
      )}
      {view.aloneWith.length > 0 && (
        <>
          <h3>{t('citizen.completed.needs')}</h3>
          <ul>
            {view.aloneWith.map((means) => (
              <li key={means}>{t(`citizen.alone.${means}`)}</li>
            ))}
          </ul>
        </>
      )}
      {view.onlineUrl && (
        <p>
          {t('citizen.completed.where')}: <span class="citizen-url">{view.onlineUrl}</span>
        </p>
      )}
    </section>
  );
}
