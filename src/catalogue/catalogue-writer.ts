import type { Ingredient } from '../engine/types.js';
import { ClientError, conflict, invalidInput, notFound } from '../http/problem.js';
import { type FileFormat, parseCatalogueText, type RowError, validateRows } from './catalogue-files.js';
import type { IngredientRepository, WriteOutcome } from './ingredient-repository.js';
import type { IngredientInput } from './ingredient-schemas.js';

/** What the writer needs of the CosIng reference to cross-check INCI names and CAS numbers. */
export interface InciLookup {
  isLoaded(): boolean;
  findByName(inciName: string): { casNumbers: string[] } | undefined;
  findManyByName(inciNames: readonly string[]): Map<string, { casNumbers: string[] }>;
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
 * file in one transaction, each audited under the actor's name. When the CosIng
 * reference is loaded, a write still succeeds but says when its INCI name is not in
 * the reference or its CAS number disagrees with it.
 */
export class CatalogueWriter {
  readonly #repository: IngredientRepository;
  readonly #reference: InciLookup;
  readonly #now: () => Date;

  constructor(repository: IngredientRepository, reference: InciLookup, now: () => Date) {
    this.#repository = repository;
    this.#reference = reference;
    this.#now = now;
  }

  create(input: IngredientInput, actor: string): WriteResult {
    const ingredient = this.#repository.create(input, this.#now().toISOString(), actor);
    if (!ingredient) throw conflict(`An ingredient with the slug '${input.slug}' already exists.`);
    return { ingredient, warnings: this.#check(input, this.#reference.isLoaded()) };
  }

  replace(slug: string, input: IngredientInput, actor: string): WriteResult {
    if (input.slug !== slug) {
      throw invalidInput('The body’s slug must match the path.', [
        { path: '/slug', in: 'body', message: `must be '${slug}', the slug in the path` },
      ]);
    }
    const ingredient = this.#repository.replace(slug, input, this.#now().toISOString(), actor);
    if (!ingredient) throw notFound(`No ingredient has the slug '${slug}'.`);
    return { ingredient, warnings: this.#check(input, this.#reference.isLoaded()) };
  }

  delete(slug: string, actor: string): void {
    if (!this.#repository.delete(slug, this.#now().toISOString(), actor)) {
      throw notFound(`No ingredient has the slug '${slug}'.`);
    }
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
    const { rows, errors } = validateRows(raw);
    if (errors.length > 0) throw new ImportRejected(errors);
    const entries = this.#reference.isLoaded()
      ? this.#reference.findManyByName(rows.map((row) => row.inciName))
      : undefined;
    const warnings = rows.flatMap((row, index) =>
      entries
        ? referenceWarnings(row, entries.get(row.inciName)).map((warning) => ({ ...warning, row: index + 1 }))
        : [],
    );
    const outcomes = options.dryRun
      ? this.#repository.plan(rows)
      : this.#repository.upsertMany(rows, this.#now().toISOString(), options.actor, options.onProgress);
    const tally = (outcome: WriteOutcome) => outcomes.filter((each) => each === outcome).length;
    return {
      dryRun: options.dryRun,
      total: rows.length,
      created: tally('created'),
      updated: tally('updated'),
      unchanged: tally('unchanged'),
      warnings,
    };
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
