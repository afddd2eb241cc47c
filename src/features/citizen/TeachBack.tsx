import { useEffect, useState } from 'preact/hooks';
import { Link } from '../../app/Link.tsx';
import { paths } from '../../app/routes.ts';
import { TEACH_BACK_RESULTS, type TeachBackResult } from '../../core/attendance/attendanceTerms.ts';
import type { Service } from '../../core/catalog/catalogSchema.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { recordTeachBack, teachBackOf } from '../../db/requests/recordTeachBack.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import { RadioGroup } from '../attendance/RadioGroup.tsx';

interface TeachBackProps {
  db: BalcaoDb;
  requestId: string;
  service: Service;
  /** The receipt's reference, printed on the take-home guide. */
  reference: string;
}

/**
 * The end of an attendance (issue 6, item 2): the service's teach-back questions with what a good answer
 * says, how it went (yes / partly / no) into the anonymous log, and the take-home guide to print.
 */
export function TeachBack({ db, requestId, service, reference }: TeachBackProps) {
  const [taught, setTaught] = useState<TeachBackResult | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void teachBackOf(db, requestId).then(setTaught, () => setTaught(null));
  }, [db, requestId]);
  const choose = async (result: TeachBackResult) => {
    setFailed(false);
    try {
      await recordTeachBack(db, requestId, result);
      setTaught(result);
    } catch (error) {
      console.error('could not record the teach-back', error);
      setFailed(true);
    }
  };
  return (
    <section class="teach-back" data-testid="teach-back" aria-labelledby="teach-back-title">
      <h2 id="teach-back-title">{t('citizen.teach.title')}</h2>
      {service.teachBack.length > 0 ? (
        <>
          <p>{t('citizen.teach.intro')}</p>
          <ol class="teach-back-questions" data-testid="teach-back-questions">
            {service.teachBack.map((item) => (
              <li key={item.question.pt}>
                <p class="teach-back-question">{pickText(item.question)}</p>
                <p class="hint">
                  {t('citizen.teach.good')}: {pickText(item.answer)}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t('citizen.teach.none')}</p>
      )}
      <RadioGroup<TeachBackResult>
        id="teach-back-result"
        legend={t('citizen.teach.result')}
        options={TEACH_BACK_RESULTS.map((value) => ({ value, label: t(`citizen.teach.${value}`) }))}
        value={taught}
        onChange={(result) => void choose(result)}
      />
      <p role="status" data-testid="teach-back-status" class={failed ? 'field-error' : undefined}>
        {failed
          ? t('citizen.teach.failed')
          : taught
            ? t('citizen.teach.saved', { result: t(`citizen.teach.${taught}`) })
            : ''}
      </p>
      <Link href={paths.guide(service.id, reference)} class="button" data-testid="guide-open">
        {t('citizen.teach.guide')}
      </Link>
    </section>
  );
}
