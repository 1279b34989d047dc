import type { IngredientChange, IngredientFollower } from '../catalogue/catalogue-writer.js';
import type { IngredientInput } from '../catalogue/ingredient-schemas.js';
import type { ListReaderProvider } from './list-reader-provider.js';
import { derivedFrom, type ProductRepository } from './product-repository.js';

/** The ingredient fields a reading depends on: how entries match, and the facts they give a product. */
const READING_FIELDS = [
  'inciName',
  'aliases',
  'class',
  'irritation',
  'photosensitizing',
  'pregnancySafe',
] as const satisfies readonly (keyof IngredientInput)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether products holding the ingredient could read differently after the change. */
const readingChanged = ({ before, after }: IngredientChange) =>
  before !== undefined &&
  (after === undefined || READING_FIELDS.some((field) => !same(before[field], after[field])));

/** Whether entries held by no ingredient (or by a close spelling only) could now match it. */
const namesChanged = ({ before, after }: IngredientChange) =>
  after !== undefined &&
  (before === undefined || before.inciName !== after.inciName || !same(before.aliases, after.aliases));

/**
 * Keeps products' derived fields current with the ingredients they hold. Called by the
 * catalogue writer inside the ingredient write's transaction, so an ingredient and the
 * products it changes are written together, or not at all.
 *
 * Which products are read again, bounded by what the change can reach:
 * - those listing a changed ingredient, when a field the reading depends on changed
 *   (a notes or evidence edit re-reads nothing);
 * - when an ingredient is new or its INCI name or aliases changed, those with an entry
 *   that could now match it: every distinct printed text of an entry no catalogue
 *   ingredient matched (or only a close spelling did) is read once on its own with the
 *   new reader, and only products with a text that now reads as another ingredient are
 *   read in full. The cost follows the distinct unmatched texts, not the products.
 */
export class ProductDerivations implements IngredientFollower {
  readonly #products: ProductRepository;
  readonly #readers: ListReaderProvider;

  constructor(products: ProductRepository, readers: ListReaderProvider) {
    this.#products = products;
    this.#readers = readers;
  }

  follow(changes: readonly IngredientChange[], now: string): number {
    const ids = new Set(
      this.#products.idsHolding(changes.filter(readingChanged).map((change) => change.before!.slug)),
    );
    // The reader of the catalogue as this transaction left it.
    const reader = this.#readers.current();
    if (changes.some(namesChanged)) {
      const rematched = this.#products
        .unmatchedTexts()
        .filter(({ text, slug }) => (reader.read(text).ingredients[0]?.slug ?? null) !== slug)
        .map(({ text }) => text);
      for (const id of this.#products.idsWithTexts(rematched)) ids.add(id);
    }
    if (ids.size === 0) return 0;
    return this.#products.rederive([...ids], (inci) => derivedFrom(reader.read(inci)), now);
  }

  /** Reads every product again: after changes made around the writer (a seed that overwrote ingredients). */
  followAll(now: string): number {
    const reader = this.#readers.current();
    const ids = this.#products.summaries().items.map((item) => item.id);
    return this.#products.rederive(ids, (inci) => derivedFrom(reader.read(inci)), now);
  }
}
