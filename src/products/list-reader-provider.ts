// PLACEHOLDER: replaced by the inci-reader branch at merge
import { IngredientRepository } from '../catalogue/ingredient-repository.js';
import type { Db } from '../db/connection.js';
import { IngredientListReader } from './ingredient-list.js';

/** Caches one reader per catalogue version; rebuilds after any write. */
export class ListReaderProvider {
  readonly #catalogue: IngredientRepository;
  #cached: { version: string; reader: IngredientListReader } | undefined;

  constructor(db: Db) {
    this.#catalogue = new IngredientRepository(db);
  }

  current(): IngredientListReader {
    const snapshot = this.#catalogue.snapshot();
    if (this.#cached?.version !== snapshot.version) {
      this.#cached = { version: snapshot.version, reader: new IngredientListReader(snapshot.ingredients) };
    }
    return this.#cached.reader;
  }
}
