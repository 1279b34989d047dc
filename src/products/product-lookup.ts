import type { CatalogueProduct } from '../engine/types.js';
import type { StepKind } from '../engine/vocabulary.js';
import { heldList, type ListEntry } from './ingredient-list.js';
import type { ProductRepository } from './product-repository.js';

/**
 * The product catalogue as recommendations read it: one product by id (a person's own product) and
 * every product (to suggest from). The product repository satisfies it; tests use the in-memory one.
 */
export interface ProductLookup {
  get(id: string): CatalogueProduct | undefined;
  all(): readonly CatalogueProduct[];
}

/** What a stored product holds, as the engine needs it: the slugs it holds, not "may contain", in list order. */
export function catalogueProductOf(product: {
  id: string;
  brand: string;
  name: string;
  kind: StepKind;
  ingredients: readonly ListEntry[];
  unknownIngredients: readonly string[];
}): CatalogueProduct {
  const { slugs, positions, stated, mayContain } = heldList(product.ingredients);
  return {
    id: product.id,
    brand: product.brand,
    name: product.name,
    kind: product.kind,
    slugs,
    positions,
    unknown: [...product.unknownIngredients],
    stated,
    mayContain,
  };
}

/** A fixed list of products, sorted by id. */
export class InMemoryProductLookup implements ProductLookup {
  readonly #all: readonly CatalogueProduct[];
  readonly #byId: ReadonlyMap<string, CatalogueProduct>;

  constructor(products: readonly CatalogueProduct[]) {
    this.#all = [...products].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.#byId = new Map(this.#all.map((product) => [product.id, product]));
  }

  get(id: string): CatalogueProduct | undefined {
    return this.#byId.get(id);
  }

  all(): readonly CatalogueProduct[] {
    return this.#all;
  }
}

/**
 * The stored product catalogue as recommendations read it: every product converted once per
 * products' version (a write moves it), so a request with `suggestProducts` reads no rows.
 */
export class StoredProductLookup implements ProductLookup {
  readonly #repository: ProductRepository;
  #cache: InMemoryProductLookup | undefined;
  #version: string | undefined;

  constructor(repository: ProductRepository) {
    this.#repository = repository;
  }

  get(id: string): CatalogueProduct | undefined {
    return this.#current().get(id);
  }

  all(): readonly CatalogueProduct[] {
    return this.#current().all();
  }

  #current(): InMemoryProductLookup {
    const version = this.#repository.version();
    if (this.#cache === undefined || version !== this.#version) {
      this.#cache = new InMemoryProductLookup(this.#repository.all().map(catalogueProductOf));
      this.#version = version;
    }
    return this.#cache;
  }
}
