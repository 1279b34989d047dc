import type { IngredientRepository } from '../catalogue/ingredient-repository.js';
import { isSlug } from '../catalogue/ingredient-service.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { type FieldError, invalidFields, notFound } from '../http/problem.js';
import type { ProductRepository } from './product-repository.js';
import type { Product, ProductListQuery } from './product-schemas.js';

export interface ProductPage {
  items: Product[];
  nextCursor: string | null;
  version: string;
}

/** Read use cases of the product catalogue. */
export class ProductService {
  readonly #products: ProductRepository;
  readonly #ingredients: IngredientRepository;

  constructor(products: ProductRepository, ingredients: IngredientRepository) {
    this.#products = products;
    this.#ingredients = ingredients;
  }

  list(query: ProductListQuery): ProductPage {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isSlug);
    // A misspelt slug would otherwise answer "nothing contains it" or "everything is free of it".
    const known = this.#ingredients.snapshot().bySlug;
    const unknown: FieldError[] = (['contains', 'freeOf'] as const)
      .filter((field) => query[field] !== undefined && !known.has(query[field]))
      .map((field) => ({
        path: `/${field}`,
        in: 'query',
        message: `'${query[field]}' is not a catalogue ingredient`,
      }));
    if (unknown.length > 0) throw invalidFields(unknown);

    // One row more than asked says whether there is a next page, so the last page says null.
    const { items, version } = this.#products.page({
      q: query.q?.toLowerCase(),
      kind: query.kind,
      contains: query.contains,
      freeOf: query.freeOf,
      pregnancySafe: query.pregnancySafe === undefined ? undefined : query.pregnancySafe === 'true',
      after,
      limit: query.limit + 1,
    });
    const page = items.slice(0, query.limit);
    const more = items.length > query.limit;
    return { items: page, nextCursor: more ? encodeCursor(page.at(-1)!.id) : null, version };
  }

  /** One product and the products' version it was read at. */
  get(id: string): { item: Product; version: string } {
    const { product, version } = this.#products.findById(id);
    if (!product) throw notFound(`No product has the id '${id}'.`);
    return { item: product, version };
  }
}
