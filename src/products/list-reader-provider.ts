// PLACEHOLDER: replaced by the inci-reader branch at merge
import { IngredientRepository } from '../catalogue/ingredient-repository.js';
import type { Db } from '../db/connection.js';
import { IngredientListReader } from './ingredient-list.js';

/** Caches one reader per catalogue version; rebuilds after any write. */
export class ListReaderProvider {
  readonly #repository: IngredientRepository;
  #reader: { version: string; reader: IngredientListReader } | undefined;

  constructor(db: Db) {
    this.#repository = new IngredientRepository(db);
  }

  current(): IngredientListReader {
    const snapshot = this.#repository.snapshot();
    if (this.#reader?.version !== snapshot.version)
      this.#reader = { version: snapshot.version, reader: new IngredientListReader(snapshot.ingredients) };
    return this.#reader.reader;
  }
}
