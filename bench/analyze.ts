import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.js';
import { readSeed, seedCatalogue } from '../src/catalogue/catalogue-seed.js';
import { IngredientRepository } from '../src/catalogue/ingredient-repository.js';
import { migrateDatabase, openDatabase } from '../src/db/connection.js';
import type { ListAnalysis } from '../src/products/analysis-schemas.js';
import { loadReferenceIfEmpty, readCosingSeed } from '../src/reference/cosing-seed.js';
import { ReferenceRepository } from '../src/reference/reference-repository.js';
import { seededRandom } from './profiles.js';
import { median } from './stats.js';
import { makeTempDir, removeTempDir } from './temp.js';

export interface AnalyzeTiming {
  entries: number;
  typos: number;
  referenceNames: number;
  /** The first request, which builds the reader and its CosIng index. */
  firstMs: number;
  /** POST /v1/products/analyze through Fastify (inject: routing, validation, reading, serialising). */
  routeMedianMs: number;
  routeP99Ms: number;
  samples: number;
}

/** One wrong letter in the middle of a name, as a typist makes it. */
function misspell(name: string, random: () => number): string {
  const at = 2 + Math.floor(random() * (name.length - 4));
  return `${name.slice(0, at)}${name.slice(at + 1)}`;
}

/**
 * A label-like list of `size` entries: the catalogue's names and CosIng names, mixed as products
 * mix them, with `typos` of them misspelt by one letter. Deterministic.
 */
export function sampleList(size: number, typos: number): string {
  const random = seededRandom(60);
  const catalogue = readSeed().map((item) => item.inciName);
  const cosing = readCosingSeed()
    .map((entry) => entry.inciName)
    .filter((name) => name.length >= 8 && name.length <= 40 && !/[,()]/.test(name));
  const names = new Set<string>(['AQUA']);
  while (names.size < size) {
    const pool = random() < 0.4 ? catalogue : cosing;
    names.add(pool[Math.floor(random() * pool.length)]!);
  }
  const list = [...names].map((name) => name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  for (let typo = 0; typo < typos; typo++) {
    const at = 5 + typo * Math.floor((size - 5) / typos);
    list[at] = misspell(list[at]!, random);
  }
  return `Ingredients: ${list.join(', ')}.`;
}

/**
 * POST /v1/products/analyze of a 60-entry list with 3 typos against the full CosIng reference,
 * timed in-process through `inject`, after a warm-up that builds the reader once.
 */
export async function benchAnalyze(options: { samples: number; warmup: number }): Promise<AnalyzeTiming> {
  const folder = makeTempDir('analyze');
  const db = openDatabase(join(folder, 'regimen.db'));
  migrateDatabase(db);
  seedCatalogue(new IngredientRepository(db), '2026-11-01T00:00:00.000Z');
  loadReferenceIfEmpty(new ReferenceRepository(db));
  const app = await buildApp({ db, rateLimitMax: 0 });
  try {
    await app.ready();
    const inci = sampleList(60, 3);
    const post = () => app.inject({ method: 'POST', url: '/v1/products/analyze', payload: { inci } });
    const firstStarted = performance.now();
    const first = await post();
    const firstMs = performance.now() - firstStarted;
    if (first.statusCode !== 200) throw new Error(`analyze answered ${first.statusCode}: ${first.body}`);
    const body = first.json() as ListAnalysis;
    const fuzzy = body.ingredients.filter((entry) => entry.match === 'fuzzy').length;
    if (body.ingredients.length !== 60 || fuzzy !== 3 || body.unknownIngredients.length > 0) {
      throw new Error(
        `the sample list read as ${body.ingredients.length} entries, ${fuzzy} fuzzy, some unknown`,
      );
    }
    for (let run = 0; run < options.warmup; run++) await post();
    const times: number[] = [];
    for (let run = 0; run < options.samples; run++) {
      const started = performance.now();
      await post();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return {
      entries: body.ingredients.length,
      typos: fuzzy,
      referenceNames: new ReferenceRepository(db).count(),
      firstMs,
      routeMedianMs: median(times),
      routeP99Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!,
      samples: times.length,
    };
  } finally {
    await app.close();
    db.$client.close();
    removeTempDir(folder);
  }
}
