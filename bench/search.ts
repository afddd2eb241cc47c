import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Entity, Service } from '../src/core/catalog/catalogSchema.ts';
import { validateCatalog } from '../src/core/catalog/validateCatalog.ts';
import { createCatalogIndex } from '../src/core/search/createCatalogIndex.ts';
import { foldText } from '../src/core/search/foldText.ts';
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

const REAL_CATALOG = new URL('../server/seed/catalog.json', import.meta.url);
const SYNTHETIC_SIZE = 10_000;
const SYNTHETIC_SEED = 2024;

/** Search and index-build figures on the real catalog and on a 10,000-service synthetic one. */
export async function benchSearch(): Promise<BenchLine[]> {
  const real = readCatalog();
  const big = syntheticCatalog(SYNTHETIC_SIZE, SYNTHETIC_SEED);
  return [
    searchLine('search-p95-real', real, 400),
    searchLine('search-p95-10k', big, 20),
    { bench: 'search-index-build-10k', value: buildTime(big, 10), unit: 'ms' },
  ];
}

interface Catalog {
  services: Service[];
  entities: Entity[];
}

function searchLine(bench: string, catalog: Catalog, rounds: number): BenchLine {
  const index = createCatalogIndex(catalog.services, catalog.entities);
  const naive = naiveIndex(catalog.services);
  const value = p95(rounds, (query) => index.search(query));
  const baselineValue = p95(rounds, (query) => naive(query));
  return { bench, value, unit: 'ms', baseline: 'array-filter-naive', baselineValue, ratio: value / baselineValue };
}

/** The p95 of one query's time over `rounds` passes of every query, after a warm-up for the JIT. */
function p95(rounds: number, search: (query: string) => unknown): number {
  for (let i = 0; i < Math.max(5, rounds / 10); i += 1) for (const query of QUERIES) search(query);
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    for (const query of QUERIES) {
      const start = performance.now();
      search(query);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length * 0.95)] ?? Number.NaN);
}

/** The median time to build the index, the cost paid each time the catalog changes. */
function buildTime(catalog: Catalog, rounds: number): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    createCatalogIndex(catalog.services, catalog.entities);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? Number.NaN);
}

/**
 * The search one writes without an index: every query word a substring of the service's folded text.
 * No ranking, no typo tolerance; it is the floor that the index's cost is measured against.
 */
function naiveIndex(services: readonly Service[]): (query: string) => string[] {
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
  if (!checked.ok) throw new Error(`${REAL_CATALOG.pathname} is not a valid catalog`);
  return checked.catalog;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSearch()) console.log(JSON.stringify(line));
}
