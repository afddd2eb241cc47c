import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryItem } from '../../app/ErrorSummary.tsx';
import { TextField } from '../../app/TextField.tsx';
import { validateMediatorName } from '../../core/session/validateMediatorName.ts';
import { type SecretKind, validateSecret } from '../../core/session/validateSecret.ts';
import { createMediator, type MediatorProblem, MediatorRefused } from '../../db/secure/createMediator.ts';
import { t } from '../../i18n/t.ts';
import type { Session } from './SessionProvider.tsx';

/** `storage`: the device could not keep the new mediator (said in the summary only). */
type Problem = MediatorProblem | 'confirm-differs' | 'storage';
type FieldId = 'mediator-name' | 'mediator-kind' | 'mediator-new-secret' | 'mediator-new-confirm';

interface NewMediatorFormProps {
  session: Session;
  existingNames: readonly string[];
  /** Changes when the mediator asks for the form again: the name field takes the focus. */
  focusRequest: number;
  onCreated: () => void;
  /** Absent when there is no one else to choose (the first mediator of the device). */
  onCancel?: () => void;
}

/**
 * "Novo mediador": a name and a secret, typed twice. The key is derived with PBKDF2 at 600,000 rounds
 * (a good part of a second), so the form says it is working; the new mediator is then the one signed in.
 */
export function NewMediatorForm({ session, existingNames, focusRequest, onCreated, onCancel }: NewMediatorFormProps) {
  const allowPin = session.spot.lock.allowPin;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [confirm, setConfirm] = useState('');
  const [working, setWorking] = useState(false);
  const [problems, setProblems] = useState<{ list: Problem[]; attempt: number } | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const chosenKind: SecretKind = allowPin ? kind : 'passphrase';

  useEffect(() => {
    if (focusRequest > 0) nameField.current?.focus();
  }, [focusRequest]);

  const fail = (list: Problem[]) => setProblems((previous) => ({ list, attempt: (previous?.attempt ?? 0) + 1 }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (working) return;
    const checks: (Problem | null)[] = [
      validateMediatorName(name, existingNames),
      validateSecret(secret, chosenKind, { allowPin }),
      confirm === secret ? null : 'confirm-differs',
    ];
    const found = checks.filter((problem): problem is Problem => problem !== null);
    if (found.length > 0) return fail(found);

    setProblems(null);
    setWorking(true);
    // Creating a mediator signs them in: whoever was signed in is locked out first, as on a switch.
    session.store.lock('switch');
    const ticket = session.store.ticket();
    try {
      const { mediator, dataKey } = await createMediator(
        session.db,
        { name, secret, kind: chosenKind },
        { allowPin, now: session.now },
      );
      session.store.unlock(mediator.id, dataKey, session.now(), ticket);
      onCreated();
    } catch (error) {
      setWorking(false);
      if (error instanceof MediatorRefused) return fail(error.problems);
      console.error('could not create the mediator', error);
      fail(['storage']);
    }
  };

  const list = problems?.list ?? [];
  const messageOf = (problem: Problem): string =>
    problem === 'storage' ? t('mediator.createFailed') : t(`mediator.problem.${problem}`);
  const fieldOf = (problem: Problem): FieldId | null => {
    if (problem === 'storage') return null;
    if (problem.startsWith('name-')) return 'mediator-name';
    if (problem === 'confirm-differs') return 'mediator-new-confirm';
    if (problem === 'pin-not-allowed' && allowPin) return 'mediator-kind';
    return 'mediator-new-secret';
  };
  const errorAt = (field: FieldId): string | null => {
    const problem = list.find((p) => fieldOf(p) === field);
    return problem ? messageOf(problem) : null;
  };
  const items: SummaryItem[] = list.map((problem) => {
    const fieldId = fieldOf(problem);
    return fieldId ? { fieldId, message: messageOf(problem) } : { message: messageOf(problem) };
  });
  const kindError = errorAt('mediator-kind');

  return (
    <section class="new-mediator" aria-labelledby="new-mediator-title" data-testid="mediator-new-form">
      <h2 id="new-mediator-title">{t('mediator.new')}</h2>
      <p class="prose">{t('mediator.newIntro')}</p>
      {problems && list.length > 0 && (
        <ErrorSummary
          title={t('mediator.errorTitle')}
          items={items}
          attempt={problems.attempt}
          data-testid="mediator-new-error"
          data-code={list.join(' ')}
        />
      )}
      <form class="form" onSubmit={submit} noValidate aria-busy={working}>
        <TextField
          inputRef={nameField}
          id="mediator-name"
          label={t('mediator.name')}
          hint={t('mediator.nameHint')}
          error={errorAt('mediator-name')}
          data-testid="mediator-name"
          autocomplete="off"
          spellcheck={false}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        {allowPin && (
          <fieldset
            id="mediator-kind"
            class={kindError ? 'field radio-group field-invalid' : 'field radio-group'}
            tabIndex={-1}
            aria-describedby={kindError ? 'mediator-kind-error' : undefined}
          >
            <legend class="field-label">{t('mediator.kind')}</legend>
            {kindError && (
              <p id="mediator-kind-error" class="field-error">
                <span class="visually-hidden">{t('form.errorPrefix')} </span>
                {kindError}
              </p>
            )}
            {(['passphrase', 'pin'] as const).map((option) => (
              <label key={option} class="radio">
                <input
                  type="radio"
                  name="mediator-kind"
                  value={option}
                  data-testid={`mediator-kind-${option}`}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />
                <span>{t(`mediator.kind.${option}`)}</span>
              </label>
            ))}
          </fieldset>
        )}
        <TextField
          id="mediator-new-secret"
          type="password"
          label={t(`mediator.newSecret.${chosenKind}`)}
          hint={t(`mediator.newSecretHint.${chosenKind}`)}
          error={errorAt('mediator-new-secret')}
          data-testid="mediator-new-secret"
          autocomplete="new-password"
          inputMode={chosenKind === 'pin' ? 'numeric' : undefined}
          value={secret}
          onInput={(event) => setSecret(event.currentTarget.value)}
        />
        <TextField
          id="mediator-new-confirm"
          type="password"
          label={t(`mediator.confirm.${chosenKind}`)}
          error={errorAt('mediator-new-confirm')}
          data-testid="mediator-new-confirm"
          autocomplete="new-password"
          inputMode={chosenKind === 'pin' ? 'numeric' : undefined}
          value={confirm}
          onInput={(event) => setConfirm(event.currentTarget.value)}
        />
        <div class="form-actions">
          <button
            type="submit"
            class="button primary"
            data-testid="mediator-create"
            disabled={working}
            aria-busy={working}
          >
            {t('mediator.create')}
          </button>
          {onCancel && !working && (
            <button type="button" class="button" onClick={onCancel}>
              {t('mediator.cancel')}
            </button>
          )}
        </div>
        <div role="status" class="form-progress">
          {working && (
            <p class="progress">
              <span class="spinner" role="progressbar" aria-labelledby="mediator-creating" />
              <span id="mediator-creating">{t('mediator.creating')}</span>
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
