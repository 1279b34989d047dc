import type { Db } from '../db/connection.js';
import { ListReaderProvider } from '../products/list-reader-provider.js';
import { ProductDerivations } from '../products/product-derivations.js';
import { ProductRepository } from '../products/product-repository.js';
import { ProductWriter } from '../products/product-writer.js';
import { ReferenceRepository } from '../reference/reference-repository.js';
import { CatalogueWriter } from './catalogue-writer.js';
import { IngredientRepository } from './ingredient-repository.js';

export interface CatalogueWriters {
  ingredients: CatalogueWriter;
  products: ProductWriter;
  /** Re-derives products around the writers (after a seed overwrote ingredients). */
  derivations: ProductDerivations;
}

/**
 * The staff writers of one database, wired so that every ingredient write re-derives
 * the products it reaches: the API, the CLI and the bench all build them here.
 */
export function catalogueWriters(
  db: Db,
  now: () => Date,
  repositories: { ingredients?: IngredientRepository; products?: ProductRepository } = {},
): CatalogueWriters {
  const products = repositories.products ?? new ProductRepository(db);
  const readers = new ListReaderProvider(db);
  const derivations = new ProductDerivations(products, readers);
  return {
    ingredients: new CatalogueWriter(
      repositories.ingredients ?? new IngredientRepository(db),
      new ReferenceRepository(db),
      now,
      derivations,
    ),
    products: new ProductWriter(products, readers, now),
    derivations,
  };
}
