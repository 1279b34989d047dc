import type { CatalogueProduct } from '../engine/types.js';
import type { StepKind } from '../engine/vocabulary.js';
import type { ListEntry } from './ingredient-list.js';
import type { ProductRepository } from './product-repository.js';

/**
 * The product catalogue as recommendations read it: one product by id (a person's own product) and
 * every product (to suggest from). The product repository satisfies it; tests use the in-memory one.
 */
export interface ProductLookup {
  get(id: string): CatalogueProduct | undefined;
  all(): readonly CatalogueProduct[];
}

/** What a read list holds, as the engine needs it (`product.contains`). */
export interface HeldList {
  /** The catalogue slugs it holds, not "may contain" ones, in list order, each once. */
  slugs: string[];
  /** The 1-based position of each of `slugs`. */
  positions: number[];
  /** The percent printed for a held slug (its first entry that states one). */
  stated: Record<string, number>;
  /** The catalogue slugs only listed after "may contain": for warnings, never placement. */
  mayContain: string[];
}

export function heldList(entries: readonly ListEntry[]): HeldList {
  const held: HeldList = { slugs: [], positions: [], stated: {}, mayContain: [] };
  for (const entry of entries) {
    if (entry.slug === null || entry.mayContain) continue;
    if (entry.percent !== null && held.stated[entry.slug] === undefined)
      held.stated[entry.slug] = entry.percent;
    if (held.slugs.includes(entry.slug)) continue;
    held.slugs.push(entry.slug);
    held.positions.push(entry.position);
  }
  for (const entry of entries)
    if (entry.mayContain && entry.slug !== null && !held.slugs.includes(entry.slug))
      if (!held.mayContain.includes(entry.slug)) held.mayContain.push(entry.slug);
  return held;
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
