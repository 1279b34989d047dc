import type { Statement } from 'better-sqlite3';
import { IngredientRepository } from '../catalogue/ingredient-repository.js';
import type { Db } from '../db/connection.js';
import { buildReferenceIndex, IngredientListReader, type ReferenceIndex } from './ingredient-list.js';

/**
 * Caches one reader per catalogue version + reference version; rebuilds after any write.
 *
 * The CosIng index (28,700 names) is the costly part, so it is kept apart and rebuilt only when the
 * reference is replaced; a catalogue write rebuilds only the small catalogue side.
 */
export class ListReaderProvider {
  readonly #ingredients: IngredientRepository;
  /** The reference's version: its ids grow on every replacement (AUTOINCREMENT), so the highest moves. */
  readonly #referenceVersion: Statement<[], number>;
  readonly #referenceNames: Statement<[], string>;
  #reference: { version: number; index: ReferenceIndex } | undefined;
  #reader: { key: string; reader: IngredientListReader } | undefined;

  constructor(db: Db) {
    this.#ingredients = new IngredientRepository(db);
    this.#referenceVersion = db.$client
      .prepare<[], number>('SELECT coalesce(max(id), 0) FROM inci_reference')
      .pluck();
    this.#referenceNames = db.$client.prepare<[], string>('SELECT inci_name FROM inci_reference').pluck();
  }

  current(): IngredientListReader {
    const catalogue = this.#ingredients.snapshot();
    const referenceVersion = this.#referenceVersion.get() ?? 0;
    const key = `${catalogue.version}/${referenceVersion}`;
    if (this.#reader?.key === key) return this.#reader.reader;
    if (this.#reference?.version !== referenceVersion) {
      this.#reference = { version: referenceVersion, index: buildReferenceIndex(this.#referenceNames.all()) };
    }
    const reader = new IngredientListReader(catalogue.ingredients, this.#reference.index);
    this.#reader = { key, reader };
    return reader;
  }
}
