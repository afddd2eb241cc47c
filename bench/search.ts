import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity, Service } from '../src/core/catalog/catalogSchema.ts';
import { validateCatalog } from '../src/core/catalog/validateCatalog.ts';
import { createCatalogIndex } from '../src/core/search/createCatalogIndex.ts';
import { foldText } from '../src/core/search/foldText.ts';
import { loadCatalogIndex } from '../src/core/search/loadCatalogIndex.ts';
import { queryTerms } from '../src/core/search/queryTerms.ts';
import type { BenchLine } from './BenchLine.ts';
import { syntheticCatalog } from './syntheticCatalog.ts';

/**
 * What mediators type, keystroke by keystroke: unfinished words, a slip, no accents, capitals, English.
 * Each is one search the list must answer before the next key.
 */
const QUERIES = [
  'c',
  'ca',
  'car',
  'cart',
  'carta',
  'carta c',
  'carta cond',
  'carta conducao',
  'cartao conducao',
  'revalidação carta',
  'revalidacao da carta de conducao',
  'condcao',
  'CONDUÇÃO',
  'cartao cidadao',
  'Cartão de Cidadão',
  'cartao cid',
  'renovacao cartao',
  'reno',
  'renov',
  'renovaçao',
  'cc',
  'nif',
  'numero identificacao fiscal',
  'morada',
  'alteração de morada',
  'alteracao morda',
  'registo criminal',
  'registo crim',
  'certidao',
  'certidão nascimento',
  'certidao casamento',
  'casamento',
  'nascimento',
  'passaporte',
  'chave movel digital',
  'chave móvel',
  'cmd',
  'seguranca social',
  'Segurança Social',
  'abono familia',
  'pensao',
  'pensão velhice',
  'imt',
  'IRN',
  'AT',
  'matricula',
  'automovel',
  'veiculo',
  'registo automóvel',
  'imi isencao',
  'saude',
  'utente',
  'sns',
  'criminal record',
  'driving licence',
  'citizen card',
  'address change',
  'renewal',
  'birth certificate',
  'tax number',
  'social security',
  'xyzzy',
];

// A path, not a URL, so the file is read the same under vitest's happy-dom (whose `URL` fs does not take).
const REAL_CATALOG = join(import.meta.dirname, '../server/seed/catalog.json');
const SYNTHETIC_SIZE = 10_000;
const SYNTHETIC_SEED = 2024;

/** Search and index-build figures on the real catalog and on a 10,000-service synthetic one. */
export async function benchSearch(): Promise<BenchLine[]> {
  const real = readCatalog();
  const big = syntheticCatalog(SYNTHETIC_SIZE, SYNTHETIC_SEED);
  const snapshot = createCatalogIndex(big.services, big.entities).snapshot();
  return [
    searchLine('search-p95-real', real, 400),
    searchLine('search-p95-10k', big, 20),
    {
      bench: 'search-index-build-10k',
      value: median(5, () => createCatalogIndex(big.services, big.entities)),
      unit: 'ms',
    },
    { bench: 'search-index-load-10k', value: median(5, () => loadCatalogIndex(snapshot)), unit: 'ms' },
  ];
}

interface Catalog {
  services: Service[];
  entities: Entity[];
}

type Search = (query: string) => unknown;

function searchLine(bench: string, catalog: Catalog, rounds: number): BenchLine {
  const index = createCatalogIndex(catalog.services, catalog.entities);
  const naive = naiveSearch(catalog.services);
  const [value, baselineValue] = p95s(rounds, [(query) => index.search(query), naive]);
  return { bench, value, unit: 'ms', baseline: 'array-filter-naive', baselineValue, ratio: value / baselineValue };
}

/**
 * The p95 of one query's time for each search, over `rounds` passes of every query, after a warm-up
 * for the JIT. The searches take turns on each query so that a busy machine slows them alike.
 */
function p95s(rounds: number, searches: [Search, Search]): [number, number] {
  for (let i = 0; i < Math.max(5, rounds / 10); i += 1) {
    for (const query of QUERIES) for (const search of searches) search(query);
  }
  const times = searches.map((): number[] => []);
  for (let i = 0; i < rounds; i += 1) {
    for (const query of QUERIES) {
      searches.forEach((search, s) => {
        const start = performance.now();
        search(query);
        times[s]?.push(performance.now() - start);
      });
    }
  }
  return [percentile(times[0] ?? [], 0.95), percentile(times[1] ?? [], 0.95)];
}

/** The median time of `work` (building or reviving the index: the cost paid when the catalog changes). */
function median(rounds: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return percentile(times, 0.5);
}

function percentile(times: number[], rank: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length * rank)] ?? Number.NaN) * 1000) / 1000;
}

/**
 * The search one writes without an index: every query word a substring of the service's folded text.
 * No ranking, no typo or prefix of a word's start beyond a substring: what the index's cost buys is
 * measured against it.
 */
function naiveSearch(services: readonly Service[]): (query: string) => string[] {
  const texts = services.map((service) => ({
    id: service.id,
    text: foldText(
      [
        service.name.pt,
        service.name.en,
        ...service.keywords.pt,
        ...service.keywords.en,
        service.description.pt,
        service.description.en,
      ].join(' '),
    ),
  }));
  return (query) => {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    return texts.filter(({ text }) => terms.every((term) => text.includes(term))).map(({ id }) => id);
  };
}

function readCatalog(): Catalog {
  const checked = validateCatalog(JSON.parse(readFileSync(REAL_CATALOG, 'utf8')));
  if (!checked.ok) throw new Error(`${REAL_CATALOG} is not a valid catalog`);
  return checked.catalog;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSearch()) console.log(JSON.stringify(line));
}
