import { useState } from 'preact/hooks';
import type { Service } from '../../../core/catalog/catalogSchema.ts';
import { foldText } from '../../../core/search/foldText.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import type { CatalogSnapshot } from '../../catalog/catalogSnapshot.ts';
import { sortByName } from '../../catalog/sortByName.ts';
import { problemAt, type StepProps } from './StepProps.ts';

interface ServiceStepProps extends StepProps {
  catalog: CatalogSnapshot;
  /** Copies the service and its form into the attendance and goes on. */
  onChoose: (service: Service) => void;
  /** Why the last choice could not be taken (its form is not on the device), in words. */
  chooseError: string | null;
}

/** The service the citizen asks for, among the spot's, found by a few letters of its name. */
export function ServiceStep({ catalog, onChoose, chooseError, problems, state }: ServiceStepProps) {
  const [query, setQuery] = useState('');
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const matches = sortByName(
    catalog.services.filter((service) => {
      const name = foldText(
        `${pickText(service.name)} ${service.keywords.pt.join(' ')} ${service.keywords.en.join(' ')}`,
      );
      return words.every((word) => name.includes(word));
    }),
  );
  const error = chooseError ?? problemAt(problems, 'attendance-service-search');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label class="field-label" for="attendance-service-search">
        {t('attendance.service.search')}
      </label>
      <p id="attendance-service-search-hint" class="hint">
        {t('attendance.service.searchHint')}
      </p>
      {error && (
        <p id="attendance-service-search-error" class="field-error">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <input
        id="attendance-service-search"
        class="text-input"
        type="search"
        autocomplete="off"
        data-testid="attendance-service-search"
        aria-describedby={`attendance-service-search-hint${error ? ' attendance-service-search-error' : ''}`}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {matches.length === 0 ? (
        <p role="status">{t('attendance.service.none')}</p>
      ) : (
        <ul class="choice-list attendance-services">
          {matches.map((service) => (
            <li key={service.id}>
              <button
                type="button"
                class="button choice"
                aria-pressed={state.service?.id === service.id}
                data-testid={`choose-service-${service.id}`}
                aria-label={t('attendance.service.choose', { service: pickText(service.name) })}
                onClick={() => onChoose(service)}
              >
                {pickText(service.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
