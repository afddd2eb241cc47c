import { useId } from 'preact/hooks';
import { t } from '../../i18n/t.ts';
import type { DrainProgress } from './drainWatch.ts';
import { progressText } from './progressText.ts';

/**
 * The bar while a drain runs: a real <progress> (its role and value are the browser's), by bytes, as
 * bytes are what takes time on a weak link; the count and the bytes beside it in words. Not a live
 * region itself: the page announces it at a few steps only.
 */
export function SendProgress({ progress }: { progress: DrainProgress }) {
  const labelId = useId();
  const textId = useId();
  const [value, max] =
    progress.bytes > 0 ? [progress.sentBytes, progress.bytes] : [progress.sentRequests, Math.max(progress.requests, 1)];
  return (
    <div class="send-progress" data-testid="send-progress">
      <p id={labelId} class="send-progress-label">
        <span class="spinner" aria-hidden="true" /> {t('outbox.progress.label')}
      </p>
      <progress aria-labelledby={labelId} aria-describedby={textId} value={Math.min(value, max)} max={max} />
      <p id={textId} class="send-progress-text" data-testid="send-progress-text">
        {progressText(progress)}
      </p>
    </div>
  );
}
