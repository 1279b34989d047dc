import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../project-root.js';
import type { IngredientRepository } from './ingredient-repository.js';
import { type IngredientInput, IngredientInputSchema } from './ingredient-schemas.js';

export const SEED_DIR = join(PROJECT_ROOT, 'seed');
/** The seed file of the product catalogue; every other YAML or JSON file of the folder holds ingredients. */
export const PRODUCT_SEED_FILE = 'products.yaml';

/** Reads every `*.yaml`, `*.yml` and `*.json` file of the seed folder but the products', validated. */
export function readSeed(dir: string = SEED_DIR): IngredientInput[] {
  const files = readdirSync(dir)
    .filter((name) => ['.yaml', '.yml', '.json'].includes(extname(name)) && name !== PRODUCT_SEED_FILE)
    .sort();
  const items: IngredientInput[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const data: unknown = extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
    const result = z.array(IngredientInputSchema).safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(
        `seed/${file}: item ${String(issue?.path[0] ?? '?')}: ${z.prettifyError(result.error)}`,
      );
    }
    items.push(...result.data);
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.slug)) throw new Error(`seed: the slug '${item.slug}' appears twice`);
    seen.add(item.slug);
  }
  return items;
}

export interface SeedReport {
  created: number;
  updated: number;
  skipped: number;
}

/**
 * Loads the seed into the catalogue in one transaction. By default only slugs the
 * catalogue lacks are added, so staff edits survive; `overwrite` restores seeded
 * ingredients to their seed values.
 */
export function seedCatalogue(
  repository: IngredientRepository,
  now: string,
  options: { overwrite?: boolean; items?: IngredientInput[] } = {},
): SeedReport {
  const items = options.items ?? readSeed();
  const present = new Set(repository.snapshot().ingredients.map((item) => item.slug));
  const chosen = options.overwrite ? items : items.filter((item) => !present.has(item.slug));
  const outcomes = repository.upsertMany(chosen, now);
  const count = (outcome: string) => outcomes.filter((each) => each === outcome).length;
  // A seeded ingredient already equal to its seed values is "kept as it was" too.
  return {
    created: count('created'),
    updated: count('updated'),
    skipped: items.length - chosen.length + count('unchanged'),
  };
}

/** First start: seed only an empty catalogue, so a restart never overwrites staff changes. */
export function seedIfEmpty(repository: IngredientRepository, now: string): SeedReport | undefined {
  if (repository.count() > 0) return undefined;
  return seedCatalogue(repository, now);
}
