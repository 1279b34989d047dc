import type { Ingredient } from '../engine/types.js';
import { ClientError, conflict, invalidInput, notFound } from '../http/problem.js';
import {
  type FileFormat,
  parseCatalogueText,
  type RowError,
  validateIngredientRows,
} from './catalogue-files.js';
import { tally } from './import-files.js';
import type { IngredientRepository } from './ingredient-repository.js';
import { type IngredientInput, SlugSchema } from './ingredient-schemas.js';

/** What the writer needs of the CosIng reference to cross-check INCI names and CAS numbers. */
export interface InciLookup {
  isLoaded(): boolean;
  findByName(inciName: string): { casNumbers: string[] } | undefined;
  findManyByName(inciNames: readonly string[]): Map<string, { casNumbers: string[] }>;
}

/** One ingredient as it was and as it is after a write (undefined: did not exist / deleted). */
export interface IngredientChange {
  before: IngredientInput | undefined;
  after: IngredientInput | undefined;
}

/** What must follow an ingredient write in its transaction: the products that hold it. */
export interface IngredientFollower {
  follow(changes: readonly IngredientChange[], now: string): void;
}

export interface WriteWarning {
  /** 1-based row number, for imports. */
  row?: number;
  field: 'inciName' | 'casNumber';
  message: string;
}

export interface WriteResult {
  ingredient: Ingredient;
  warnings: WriteWarning[];
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  /** Rows equal to what is stored (ignoring `updatedAt`): not written, not audited. */
  unchanged: number;
  warnings: WriteWarning[];
}

/** Thrown for a file with bad rows: every bad row by number and field. */
export class ImportRejected extends ClientError {
  readonly rowErrors: RowError[];
  constructor(errors: RowError[]) {
    const rows = new Set(errors.map((error) => error.row)).size;
    super(
      400,
      'Invalid input',
      `The import has ${rows} invalid row${rows === 1 ? '' : 's'}; nothing was written.`,
      errors.map((error) => ({ ...error, in: 'body' as const })),
    );
    this.rowErrors = errors;
  }
}

/**
 * Catalogue writes for staff (API and CLI alike): one ingredient at a time or a whole
 * file in one transaction, each audited under the actor's name, and the products
 * holding what changed re-derived in that same transaction. When the CosIng reference
 * is loaded, a write still succeeds but says when its INCI name is not in the
 * reference or its CAS number disagrees with it.
 */
export class CatalogueWriter {
  readonly #repository: IngredientRepository;
  readonly #reference: InciLookup;
  readonly #now: () => Date;
  readonly #products: IngredientFollower;

  constructor(
    repository: IngredientRepository,
    reference: InciLookup,
    now: () => Date,
    products: IngredientFollower,
  ) {
    this.#repository = repository;
    this.#reference = reference;
    this.#now = now;
    this.#products = products;
  }

  create(input: IngredientInput, actor: string): WriteResult {
    const now = this.#now().toISOString();
    const ingredient = this.#repository.transaction(() => {
      const created = this.#repository.create(input, now, actor);
      if (created) this.#products.follow([{ before: undefined, after: created }], now);
      return created;
    });
    if (!ingredient) throw conflict(`An ingredient with the slug '${input.slug}' already exists.`);
    return { ingredient, warnings: this.#check(input, this.#reference.isLoaded()) };
  }

  replace(slug: string, input: IngredientInput, actor: string): WriteResult {
    // A path that is no slug names nothing: 404, not an invitation to send that slug in the body.
    if (!SlugSchema.safeParse(slug).success) throw notFound(`No ingredient has the slug '${slug}'.`);
    if (input.slug !== slug) {
      throw invalidInput('The body’s slug must match the path.', [
        { path: '/slug', in: 'body', message: `must be '${slug}', the slug in the path` },
      ]);
    }
    const now = this.#now().toISOString();
    const ingredient = this.#repository.transaction(() => {
      const before = this.#repository.findBySlug(slug);
      const after = this.#repository.replace(slug, input, now, actor);
      if (after) this.#products.follow([{ before, after }], now);
      return after;
    });
    if (!ingredient) throw notFound(`No ingredient has the slug '${slug}'.`);
    return { ingredient, warnings: this.#check(input, this.#reference.isLoaded()) };
  }

  delete(slug: string, actor: string): void {
    const now = this.#now().toISOString();
    const deleted = this.#repository.transaction(() => {
      const before = this.#repository.delete(slug, now, actor);
      if (before) this.#products.follow([{ before, after: undefined }], now);
      return before;
    });
    if (!deleted) throw notFound(`No ingredient has the slug '${slug}'.`);
  }

  /** Validates every row, then upserts all of them in one transaction, or none. */
  importRows(
    raw: readonly unknown[],
    options: { dryRun: boolean; actor: string; onProgress?: (done: number) => void },
  ): ImportReport {
    if (raw.length === 0) {
      throw invalidInput('The import has no rows; nothing was written.', [
        { path: '/', in: 'body', message: 'must hold at least one ingredient' },
      ]);
    }
    const { rows, errors } = validateIngredientRows(raw);
    if (errors.length > 0) throw new ImportRejected(errors);
    const entries = this.#reference.isLoaded()
      ? this.#reference.findManyByName(rows.map((row) => row.inciName))
      : undefined;
    const warnings = rows.flatMap((row, index) =>
      entries
        ? referenceWarnings(row, entries.get(row.inciName)).map((warning) => ({ ...warning, row: index + 1 }))
        : [],
    );
    const outcomes = options.dryRun ? this.#repository.plan(rows) : this.#write(rows, options);
    return {
      dryRun: options.dryRun,
      total: rows.length,
      ...tally(outcomes),
      warnings,
    };
  }

  /** Upserts the rows, and re-derives the products holding those that changed, in one transaction. */
  #write(rows: readonly IngredientInput[], options: { actor: string; onProgress?: (done: number) => void }) {
    const now = this.#now().toISOString();
    return this.#repository.transaction(() => {
      const stored = this.#repository.snapshot().bySlug;
      const outcomes = this.#repository.upsertMany(rows, now, options.actor, options.onProgress);
      this.#products.follow(
        rows
          .filter((_, index) => outcomes[index] !== 'unchanged')
          .map((row) => ({ before: stored.get(row.slug), after: row })),
        now,
      );
      return outcomes;
    });
  }

  importText(text: string, format: FileFormat, options: { dryRun: boolean; actor: string }): ImportReport {
    return this.importRows(parseCatalogueText(text, format), options);
  }

  #check(input: IngredientInput, referenceLoaded: boolean): WriteWarning[] {
    return referenceLoaded ? referenceWarnings(input, this.#reference.findByName(input.inciName)) : [];
  }
}

/** What a loaded CosIng reference says against an ingredient, given its entry (if any). */
function referenceWarnings(
  input: IngredientInput,
  entry: { casNumbers: string[] } | undefined,
): WriteWarning[] {
  if (!entry)
    return [{ field: 'inciName', message: `'${input.inciName}' is not in the CosIng INCI reference.` }];
  if (
    input.casNumber !== null &&
    entry.casNumbers.length > 0 &&
    !entry.casNumbers.includes(input.casNumber)
  ) {
    return [
      {
        field: 'casNumber',
        message: `CosIng lists ${entry.casNumbers.join(', ')} for ${input.inciName}, not ${input.casNumber}.`,
      },
    ];
  }
  return [];
}
