import { TextField } from '../../../app/TextField.tsx';
import { IDENTITY_DOCUMENTS, type IdentityDocument } from '../../../core/attendance/attendanceTerms.ts';
import { normaliseLast4 } from '../../../core/attendance/checkIdentity.ts';
import { t } from '../../../i18n/t.ts';
import { RadioGroup } from '../RadioGroup.tsx';
import { problemAt, type StepProps } from './StepProps.ts';

/**
 * How identity was checked: the kind of document seen and its number's last 4 characters. Nothing that
 * proves identity by itself (a PIN, a password, a Chave Móvel Digital code) has anywhere to be typed.
 */
export function IdentityStep({ state, update, problems }: StepProps) {
  const identity = state.identity;
  const setDocument = (document: IdentityDocument) => update((s) => ({ ...s, identity: { ...s.identity, document } }));
  return (
    <>
      <p class="prose">{t('attendance.identity.intro')}</p>
      <RadioGroup<IdentityDocument>
        id="identity-document"
        legend={t('attendance.identity.documentLegend')}
        options={IDENTITY_DOCUMENTS.map((value) => ({ value, label: t(`attendance.document.${value}`) }))}
        value={identity?.document ?? null}
        onChange={setDocument}
        error={problemAt(problems, 'identity-document')}
      />
      <TextField
        id="identity-last4"
        data-testid="identity-last4"
        label={t('attendance.identity.last4')}
        hint={t('attendance.identity.last4Hint')}
        error={problemAt(problems, 'identity-last4')}
        autocomplete="off"
        spellcheck={false}
        maxLength={6}
        value={identity?.last4 ?? ''}
        onInput={(event) => {
          const last4 = normaliseLast4(event.currentTarget.value);
          update((s) => ({ ...s, identity: { ...s.identity, last4 } }));
        }}
      />
    </>
  );
}
