import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSeed, seedCatalogue } from '../src/catalogue/catalogue-seed.js';
import { catalogueWriters } from '../src/catalogue/catalogue-writers.js';
import { IngredientRepository } from '../src/catalogue/ingredient-repository.js';
import type { IngredientInput } from '../src/catalogue/ingredient-schemas.js';
import {
  CONCERNS,
  INGREDIENT_CLASSES,
  IRRITATION_LEVELS,
  SKIN_TYPES,
  STEP_KINDS,
} from '../src/engine/vocabulary.js';
import type { ProductInput } from '../src/products/product-schemas.js';
import { readProductSeed } from '../src/products/product-seed.js';
import { parseCosing } from '../src/reference/cosing-import.js';
import { ReferenceRepository } from '../src/reference/reference-repository.js';
import { PROJECT_ROOT } from './paths.js';
import { seededRandom } from './profiles.js';
import { median } from './stats.js';
import { withTempDatabase } from './temp.js';

export const COSING_PATH = resolve(PROJECT_ROOT, '../shared/data/cosing.csv');

export interface ImportTiming {
  /** Median wall time over `repetitions` runs, each on a fresh database. */
  seconds: number;
  all: number[];
  rows: number;
}

/**
 * Reads, parses and stores the CosIng inventory, as `regimen reference import` does.
 * Reading the file is inside the timing because the operator waits for it too.
 * Undefined when the file is absent (it lives outside the repository).
 */
export function benchCosingImport(repetitions: number): ImportTiming | undefined {
  if (!existsSync(COSING_PATH)) return undefined;
  const all: number[] = [];
  let rows = 0;
  for (let run = 0; run < repetitions; run++) {
    all.push(
      withTempDatabase('cosing', (db) => {
        const reference = new ReferenceRepository(db);
        const started = performance.now();
        const { entries, report } = parseCosing(readFileSync(COSING_PATH, 'utf8'));
        reference.replaceAll(entries);
        const seconds = (performance.now() - started) / 1000;
        rows = report.rowsRead;
        return seconds;
      }),
    );
  }
  return { seconds: median(all), all, rows };
}

/**
 * `count` distinct, valid catalogue rows. Fields vary (classes, concern lists, nulls)
 * so validation and JSON encoding see realistic shapes rather than one row repeated.
 */
export function generateCatalogueRows(count: number): IngredientInput[] {
  const random = seededRandom(10_000);
  const rows: IngredientInput[] = [];
  for (let index = 0; index < count; index++) {
    const id = String(index).padStart(5, '0');
    const concerns = CONCERNS.filter(() => random() < 0.3);
    const skinTypes = SKIN_TYPES.filter(() => random() < 0.7);
    rows.push({
      slug: `bench-ingredient-${id}`,
      name: `Bench Ingredient ${id}`,
      inciName: `BENCH INGREDIENT ${id}`,
      class: INGREDIENT_CLASSES[index % INGREDIENT_CLASSES.length]!,
      family: random() < 0.2 ? `bench-family-${index % 50}` : null,
      rank: 1 + Math.floor(random() * 1000),
      concerns,
      photosensitizing: random() < 0.1,
      irritation: IRRITATION_LEVELS[Math.floor(random() * IRRITATION_LEVELS.length)]!,
      maxApplicationsPerDay: random() < 0.5 ? 1 : 2,
      pregnancySafe: random() < 0.8,
      skinTypes: skinTypes.length > 0 ? skinTypes : ['normal'],
      casNumber:
        random() < 0.5 ? `${1000 + index}-${String(index % 100).padStart(2, '0')}-${index % 10}` : null,
      ecNumber:
        random() < 0.3
          ? `${String(200 + (index % 700)).padStart(3, '0')}-${id.slice(2)}-${index % 10}`
          : null,
      notes: random() < 0.5 ? 'Generated for the import benchmark.' : '',
      aliases: random() < 0.3 ? [`Bench Alias ${id}`] : [],
      uvSpectrum: INGREDIENT_CLASSES[index % INGREDIENT_CLASSES.length] === 'uv-filter' ? 'broad' : null,
      strength: random() < 0.2 ? { startFrom: 1, startTo: 2, max: 5 } : null,
      evidence:
        random() < 0.5 ? { grade: 'moderate', sources: ['article'] } : { grade: 'limited', sources: [] },
    });
  }
  return rows;
}

/**
 * A 10,000-row import through the same path as `POST /v1/ingredients/import` and the
 * CLI: validation of every row, then one transaction of upserts and audit records.
 * Generating the rows is outside the timing: a real import's rows arrive parsed.
 */
export function benchCatalogueImport(rowCount: number, repetitions: number): ImportTiming {
  const rows = generateCatalogueRows(rowCount);
  const all: number[] = [];
  for (let run = 0; run < repetitions; run++) {
    all.push(
      withTempDatabase('catalogue', (db) => {
        const writer = catalogueWriters(db, () => new Date()).ingredients;
        const started = performance.now();
        const report = writer.importRows(rows, { dryRun: false, actor: 'bench' });
        const seconds = (performance.now() - started) / 1000;
        if (report.created !== rowCount) throw new Error(`catalogue import created ${report.created} rows`);
        return seconds;
      }),
    );
  }
  return { seconds: median(all), all, rows: rowCount };
}

/**
 * `count` distinct products whose lists average `entries` entries (±10), drawn from the
 * names the seed products print and the catalogue's INCI names: water first, some stated
 * percentages, some "may contain" colourants, as labels are written.
 */
export function generateProductRows(count: number, entries: number): ProductInput[] {
  const random = seededRandom(20_000);
  const seedLists = readProductSeed().map((product) => product.inci);
  const names = [
    ...new Set([
      ...seedLists.flatMap((inci) =>
        inci
          .replace(/\[[^\]]*\]/g, '')
          .split(',')
          .map((entry) => entry.trim().replace(/\s+\d+(\.\d+)?%$/, ''))
          .filter((entry) => entry !== '' && entry !== 'Aqua'),
      ),
      ...readSeed().map((item) => item.inciName),
    ]),
  ];
  const rows: ProductInput[] = [];
  for (let index = 0; index < count; index++) {
    const id = String(index).padStart(5, '0');
    const length = entries - 10 + Math.floor(random() * 21);
    const picked = new Set<string>();
    while (picked.size < length - 1) picked.add(names[Math.floor(random() * names.length)]!);
    const list = ['Aqua', ...[...picked].map((name) => (random() < 0.05 ? `${name} 2%` : name))];
    const kind = STEP_KINDS[index % STEP_KINDS.length]!;
    rows.push({
      id: `bench-product-${id}`,
      brand: `Bench Brand ${index % 40}`,
      name: `Bench Product ${id}`,
      kind,
      inci: `${list.join(', ')}${random() < 0.1 ? ', [+/- CI 77491, CI 77492]' : ''}`,
      spf: kind === 'sunscreen' ? 30 : null,
      url: null,
    });
  }
  return rows;
}

/**
 * A 10,000-product import through the same path as `POST /v1/products/import` and the
 * CLI: validation, reading every list against the catalogue (and the CosIng reference,
 * when its file is there), then one transaction of products, join-table rows and audit
 * records. Seeding the catalogue and loading the reference are outside the timing.
 */
export function benchProductImport(rowCount: number, entries: number, repetitions: number): ImportTiming {
  const rows = generateProductRows(rowCount, entries);
  const reference = existsSync(COSING_PATH)
    ? parseCosing(readFileSync(COSING_PATH, 'utf8')).entries
    : undefined;
  const all: number[] = [];
  for (let run = 0; run < repetitions; run++) {
    all.push(
      withTempDatabase('products', (db) => {
        seedCatalogue(new IngredientRepository(db), new Date().toISOString());
        if (reference) new ReferenceRepository(db).replaceAll(reference);
        const writer = catalogueWriters(db, () => new Date()).products;
        const started = performance.now();
        const report = writer.importRows(rows, { dryRun: false, actor: 'bench' });
        const seconds = (performance.now() - started) / 1000;
        if (report.created !== rowCount) throw new Error(`product import created ${report.created} rows`);
        return seconds;
      }),
    );
  }
  return { seconds: median(all), all, rows: rowCount };
}
