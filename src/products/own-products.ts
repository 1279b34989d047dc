import type { OwnProduct } from '../engine/types.js';
import type { StepKind } from '../engine/vocabulary.js';
import type { FieldError } from '../http/problem.js';
import { heldList, type IngredientListReader } from './ingredient-list.js';
import type { ProductLookup } from './product-lookup.js';

/** A product as a recommendation request gives it. */
export type OwnProductRequest =
  | { productId: string }
  | { name: string; inci: string; kind?: StepKind | undefined };

/** Where the current ingredient-list reader comes from (`ListReaderProvider`). */
export interface ListReaderSource {
  current(): IngredientListReader;
}

interface ReadList {
  slugs: string[];
  unknown: string[];
  stated: Record<string, number>;
  mayContain: string[];
}

/** Lists read per reader (one per catalogue version); profiles repeat, so most lists are read once. */
const READ_CACHE_LIMIT = 1_000;

/**
 * Turns the products of a request into the engine's plain `OwnProduct`s: a `productId` from the
 * product catalogue, a `{ name, inci }` by reading its list against the ingredient catalogue.
 */
export class OwnProductResolver {
  readonly #lookup: ProductLookup;
  readonly #readers: ListReaderSource;
  readonly #read = new WeakMap<IngredientListReader, Map<string, ReadList>>();

  constructor(lookup: ProductLookup, readers: ListReaderSource) {
    this.#lookup = lookup;
    this.#readers = readers;
  }

  /** The catalogue the product suggestions come from. */
  catalogue() {
    return this.#lookup.all();
  }

  /**
   * The `productId`s no catalogue product has. Takes the raw body's `products` too, so a request
   * with other invalid fields still hears about them in one answer.
   */
  unknownIds(products: unknown): FieldError[] {
    if (!Array.isArray(products)) return [];
    const errors: FieldError[] = [];
    products.forEach((product: unknown, index) => {
      const id =
        product !== null && typeof product === 'object'
          ? (product as { productId?: unknown }).productId
          : undefined;
      if (typeof id === 'string' && this.#lookup.get(id) === undefined) {
        errors.push({
          path: `/products/${index}/productId`,
          in: 'body',
          message: `'${id}' is not in the product catalogue`,
        });
      }
    });
    return errors;
  }

  /** The engine's view of each product, in request order; ids must have been checked. */
  resolve(products: readonly OwnProductRequest[]): OwnProduct[] {
    if (products.length === 0) return [];
    const reader = this.#readers.current();
    return products.map((product) => {
      if ('productId' in product) {
        const stored = this.#lookup.get(product.productId);
        if (!stored) throw new RangeError(`product ${product.productId} is not in the catalogue`);
        return {
          key: stored.id,
          productId: stored.id,
          name: stored.name,
          kind: stored.kind,
          slugs: stored.slugs,
          unknown: stored.unknown,
          stated: stored.stated ?? {},
          mayContain: stored.mayContain ?? [],
        };
      }
      const { slugs, unknown, stated, mayContain } = this.#readList(reader, product.inci);
      return {
        key: product.name,
        productId: null,
        name: product.name,
        kind: product.kind ?? null,
        slugs,
        unknown,
        stated,
        mayContain,
      };
    });
  }

  #readList(reader: IngredientListReader, inci: string): ReadList {
    let cache = this.#read.get(reader);
    if (!cache) {
      cache = new Map();
      this.#read.set(reader, cache);
    }
    let list = cache.get(inci);
    if (list === undefined) {
      const reading = reader.read(inci);
      const { slugs, stated, mayContain } = heldList(reading.ingredients);
      list = { slugs, unknown: reading.unknownIngredients.map((item) => item.text), stated, mayContain };
      if (cache.size >= READ_CACHE_LIMIT) cache.clear();
      cache.set(inci, list);
    }
    return list;
  }
}
