import type { CatalogProblem } from '../../src/core/catalog/validateCatalog.ts';
import { jsonErrorOffset } from './jsonErrorOffset.ts';

export type ParsedText = { ok: true; value: unknown } | { ok: false; problems: CatalogProblem[] };

/**
 * Parses a catalog file's text, or says where its JSON breaks (line and column, as an editor shows
 * them). A byte-order mark, which Windows editors put at the start of UTF-8 files, is not an error.
 */
export function parseCatalogText(raw: string): ParsedText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const offset = Math.max(0, jsonErrorOffset(text));
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    // V8's own position (when it gives one) and its quote of the text would only repeat the line and column.
    const why = String((error as Error).message)
      .replace(/ (?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '')
      .replace(/, [\s\S]* is not valid JSON$/, '');
    return {
      ok: false,
      problems: [{ record: 'catalog', field: '', message: `not valid JSON at line ${line}, column ${column}: ${why}` }],
    };
  }
}
