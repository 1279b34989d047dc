import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PRODUCT_SEED_FILE, SEED_DIR, type SeedReport } from '../catalogue/catalogue-seed.js';
import type { ProductRepository } from './product-repository.js';
import { type ProductInput, ProductInputSchema } from './product-schemas.js';
import type { ProductWriter } from './product-writer.js';

/** Reads `seed/products.yaml`, validated, every id once. */
export function readProductSeed(path: string = join(SEED_DIR, PRODUCT_SEED_FILE)): ProductInput[] {
  const result = z.array(ProductInputSchema).safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `seed/${PRODUCT_SEED_FILE}: item ${String(issue?.path[0] ?? '?')}: ${z.prettifyError(result.error)}`,
    );
  }
  const seen = new Set<string>();
  for (const item of result.data) {
    if (seen.has(item.id)) throw new Error(`seed: the product id '${item.id}' appears twice`);
    seen.add(item.id);
  }
  return result.data;
}

/**
 * Loads the product seed through the staff import path (read against the catalogue as
 * it stands, in one transaction, audited under `system`). By default only ids the
 * catalogue lacks are added, so staff edits survive; `overwrite` restores seeded
 * products to their seed values. Seed ingredients first: the lists are read against them.
 */
export function seedProducts(
  repository: ProductRepository,
  writer: ProductWriter,
  options: { overwrite?: boolean; items?: ProductInput[] } = {},
): SeedReport {
  const items = options.items ?? readProductSeed();
  const present = repository.summaries().byId;
  const chosen = options.overwrite ? items : items.filter((item) => !present.has(item.id));
  if (chosen.length === 0) return { created: 0, updated: 0, skipped: items.length };
  const report = writer.importRows(chosen, { dryRun: false, actor: 'system' });
  return {
    created: report.created,
    updated: report.updated,
    skipped: items.length - chosen.length + report.unchanged,
  };
}

/** First start: seed only an empty product catalogue, so a restart never overwrites staff changes. */
export function seedProductsIfEmpty(
  repository: ProductRepository,
  writer: ProductWriter,
): SeedReport | undefined {
  if (repository.count() > 0) return undefined;
  return seedProducts(repository, writer);
}
