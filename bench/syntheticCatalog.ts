import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Service, Text } from '../src/core/catalog/catalogSchema.ts';
import { validateCatalog } from '../src/core/catalog/validateCatalog.ts';
import { normaliseTerm } from '../src/core/search/normaliseTerm.ts';
import { tokenize } from '../src/core/search/tokenize.ts';

// A path, not a URL, so the file is read the same under vitest's happy-dom (whose `URL` fs does not take).
const SEED_CATALOG = join(import.meta.dirname, '../server/seed/catalog.json');

/**
 * Words of the real catalog with their real frequencies, so a sampled text reads (and indexes) like it;
 * keywords are the real ones whole ("carta de condução").
 */
interface Vocabulary {
  name: string[];
  description: string[];
  keywords: string[];
}

/**
 * A catalog of `n` services for benchmarks at a scale the real one (~50) will not reach for years: the
 * real services, then services whose names, keywords and descriptions are drawn from the real
 * catalog's own words, as long as the real ones (descriptions of 30–70 words, 5–10 keywords). The same
 * `seed` gives the same catalog, so figures compare across runs.
 */
export function syntheticCatalog(n: number, seed: number): { services: Service[]; entities: Entity[] } {
  const real = readSeedCatalog();
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pt = vocabulary(real.services, 'pt');
  const en = vocabulary(real.services, 'en');
  const words = (from: readonly string[], min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(from));
  const text = (part: keyof Vocabulary, min: number, max: number): Text => ({
    pt: sentence(words(pt[part], min, max)),
    en: sentence(words(en[part], min, max)),
  });

  const services = real.services.slice(0, n);
  for (let i = services.length; i < n; i += 1) {
    const template = pick(real.services);
    services.push({
      ...template,
      id: `sintetico-${i}`,
      entityId: pick(real.entities).id,
      name: {
        pt: rename(template.name.pt, pt.name, random, pick),
        en: rename(template.name.en, en.name, random, pick),
      },
      description: text('description', 30, 70),
      keywords: { pt: words(pt.keywords, 5, 10), en: words(en.keywords, 5, 10) },
    });
  }
  return { services, entities: real.entities };
}

function readSeedCatalog(): { services: Service[]; entities: Entity[] } {
  const checked = validateCatalog(JSON.parse(readFileSync(SEED_CATALOG, 'utf8')));
  if (!checked.ok) throw new Error(`${SEED_CATALOG} is not a valid catalog`);
  return checked.catalog;
}

function vocabulary(services: readonly Service[], language: 'pt' | 'en'): Vocabulary {
  const content = (texts: string[]) => texts.flatMap(tokenize).filter((word) => normaliseTerm(word) !== null);
  return {
    name: content(services.map((s) => s.name[language])),
    description: tokenize(services.map((s) => s.description[language]).join(' ')),
    keywords: services.flatMap((s) => s.keywords[language]),
  };
}

/** A real service's name with some of its words swapped, so names keep their real shape ("X de Y"). */
function rename(
  name: string,
  words: readonly string[],
  random: () => number,
  pick: (list: readonly string[]) => string,
) {
  const renamed = tokenize(name).map((word) => (normaliseTerm(word) !== null && random() < 0.5 ? pick(words) : word));
  return sentence(renamed).slice(0, -1);
}

function sentence(words: string[]): string {
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A small seeded PRNG (Tommy Ettinger's mulberry32): enough spread for test data, and reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
