import { ImportRejected } from '../catalogue/catalogue-writer.js';
import { type FileFormat, type RowError, tally } from '../catalogue/import-files.js';
import { SlugSchema } from '../catalogue/ingredient-schemas.js';
import { conflict, invalidInput, notFound } from '../http/problem.js';
import type { ListReaderProvider } from './list-reader-provider.js';
import { parseProductText, validateProductRows } from './product-files.js';
import { type Derived, derivedFrom, type ProductRepository } from './product-repository.js';
import type { Product, ProductInput } from './product-schemas.js';

/** A row whose list holds entries that matched nothing: written, but staff should look. */
export interface ProductWarning {
  row: number;
  field: 'inci';
  message: string;
}

export interface ProductImportReport {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  /** Rows equal to what is stored (derived fields included): not written, not audited. */
  unchanged: number;
  warnings: ProductWarning[];
}

const MAX_NAMED = 5;

/** The 400 for a list in which the reader found no entry at all. */
const EMPTY_LIST = 'holds no ingredient entries';

/**
 * Product writes for staff (API and CLI alike): one product at a time or a whole file
 * in one transaction, each audited under the actor's name. The derived fields are read
 * from `inci` inside the write's transaction, against the catalogue as it stands there.
 */
export class ProductWriter {
  readonly #products: ProductRepository;
  readonly #readers: ListReaderProvider;
  readonly #now: () => Date;

  constructor(products: ProductRepository, readers: ListReaderProvider, now: () => Date) {
    this.#products = products;
    this.#readers = readers;
    this.#now = now;
  }

  /** Reads the list; a list with no entries is a 400 naming `inci`. */
  #derive(input: ProductInput): Derived {
    const derived = derivedFrom(this.#readers.current().read(input.inci));
    if (derived.ingredients.length === 0) {
      throw invalidInput('The ingredient list holds no entries.', [
        { path: '/inci', in: 'body', message: EMPTY_LIST },
      ]);
    }
    return derived;
  }

  create(input: ProductInput, actor: string): Product {
    const now = this.#now().toISOString();
    const product = this.#products.transaction(() =>
      this.#products.create(input, this.#derive(input), now, actor),
    );
    if (!product) throw conflict(`A product with the id '${input.id}' already exists.`);
    return product;
  }

  replace(id: string, input: ProductInput, actor: string): Product {
    // A path that is no id names nothing: 404, not an invitation to send that id in the body.
    if (!SlugSchema.safeParse(id).success) throw notFound(`No product has the id '${id}'.`);
    if (input.id !== id) {
      throw invalidInput('The body’s id must match the path.', [
        { path: '/id', in: 'body', message: `must be '${id}', the id in the path` },
      ]);
    }
    const now = this.#now().toISOString();
    const product = this.#products.transaction(() =>
      this.#products.replace(id, input, this.#derive(input), now, actor),
    );
    if (!product) throw notFound(`No product has the id '${id}'.`);
    return product;
  }

  delete(id: string, actor: string): void {
    if (!this.#products.delete(id, this.#now().toISOString(), actor)) {
      throw notFound(`No product has the id '${id}'.`);
    }
  }

  /**
   * Validates every row and reads every list, then upserts all of them in one
   * transaction, or none. The lists are read inside that transaction (or, for a dry
   * run, without one), so they are read against the catalogue the write lands on.
   */
  importRows(
    raw: readonly unknown[],
    options: { dryRun: boolean; actor: string; onProgress?: (done: number) => void },
  ): ProductImportReport {
    if (raw.length === 0) {
      throw invalidInput('The import has no rows; nothing was written.', [
        { path: '/', in: 'body', message: 'must hold at least one product' },
      ]);
    }
    const { rows, rowNumbers, errors } = validateProductRows(raw);
    const run = () => {
      const reader = this.#readers.current();
      const items = rows.map((input) => ({ input, derived: derivedFrom(reader.read(input.inci)) }));
      const empty: RowError[] = items.flatMap(({ derived }, index) =>
        derived.ingredients.length === 0
          ? [{ row: rowNumbers[index]!, path: '/inci', message: EMPTY_LIST }]
          : [],
      );
      const all = [...errors, ...empty].sort((a, b) => a.row - b.row);
      if (all.length > 0) throw new ImportRejected(all);
      const outcomes = options.dryRun
        ? this.#products.plan(items)
        : this.#products.upsertMany(items, this.#now().toISOString(), options.actor, options.onProgress);
      return { items, outcomes };
    };
    const { items, outcomes } = options.dryRun ? run() : this.#products.transaction(run);
    return {
      dryRun: options.dryRun,
      total: rows.length,
      ...tally(outcomes),
      warnings: items.flatMap(({ derived }, index) => unknownWarning(rowNumbers[index]!, derived)),
    };
  }

  importText(
    text: string,
    format: FileFormat,
    options: { dryRun: boolean; actor: string },
  ): ProductImportReport {
    return this.importRows(parseProductText(text, format), options);
  }
}

function unknownWarning(row: number, derived: Derived): ProductWarning[] {
  const unknown = derived.unknownIngredients;
  if (unknown.length === 0) return [];
  const named = unknown
    .slice(0, MAX_NAMED)
    .map((text) => `'${text}'`)
    .join(', ');
  const more = unknown.length > MAX_NAMED ? ` and ${unknown.length - MAX_NAMED} more` : '';
  return [
    {
      row,
      field: 'inci',
      message: `${unknown.length} ${unknown.length === 1 ? 'entry matches' : 'entries match'} no known ingredient: ${named}${more}`,
    },
  ];
}
