import { numberFormat, pluralRules } from '../../i18n/intlFormat.ts';
import { currentLocale, type Locale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/t.ts';
import type { DrainProgress } from './drainWatch.ts';
import { formatBytesOf } from './formatBytes.ts';

/** "3 de 10 pedidos": the noun agrees with the whole, by the language's plural rules. */
export function requestsProgressText(sent: number, total: number, locale: Locale = currentLocale()): string {
  const key =
    pluralRules(locale).select(total) === 'one' ? 'outbox.progress.requests.one' : 'outbox.progress.requests.other';
  const number = numberFormat(locale);
  return translate(locale, key, { sent: number.format(sent), total: number.format(total) });
}

/** How far a drain is, in words: "3 de 10 pedidos · 1,2 de 4,0 MB". */
export function progressText(progress: DrainProgress, locale: Locale = currentLocale()): string {
  const bytes = formatBytesOf(progress.sentBytes, progress.bytes, locale);
  return translate(locale, 'outbox.progress.text', {
    requests: requestsProgressText(progress.sentRequests, progress.requests, locale),
    sent: bytes.part,
    total: bytes.whole,
  });
}
