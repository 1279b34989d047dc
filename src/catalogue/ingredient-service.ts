import type { CatalogueSnapshot, Ingredient } from '../engine/types.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { notFound } from '../http/problem.js';
import type { IngredientRepository } from './ingredient-repository.js';
import type { IngredientListQuery } from './ingredient-schemas.js';

export interface IngredientPage {
  items: Ingredient[];
  nextCursor: string | null;
  version: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Whether a cursor holds a key of the kebab-case kind slugs and product ids share. */
export const isSlug = (key: string) => SLUG.test(key);

function matches(
  item: Ingredient,
  query: Pick<IngredientListQuery, 'class' | 'concern'>,
  needle: string | undefined,
): boolean {
  if (query.class !== undefined && item.class !== query.class) return false;
  if (query.concern !== undefined && !item.concerns.includes(query.concern)) return false;
  if (needle !== undefined) {
    return (
      item.slug.includes(needle) ||
      item.name.toLowerCase().includes(needle) ||
      item.inciName.toLowerCase().includes(needle)
    );
  }
  return true;
}

/** First index whose slug sorts after `slug` (the snapshot is sorted by slug). */
function indexAfter(list: readonly Ingredient[], slug: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.slug <= slug) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Read use cases of the catalogue, served from the repository's snapshot. */
export class IngredientService {
  readonly #repository: IngredientRepository;

  constructor(repository: IngredientRepository) {
    this.#repository = repository;
  }

  snapshot(): CatalogueSnapshot {
    return this.#repository.snapshot();
  }

  list(query: IngredientListQuery): IngredientPage {
    const snapshot = this.#repository.snapshot();
    const list = snapshot.ingredients;
    const start = query.cursor === undefined ? 0 : indexAfter(list, decodeCursor(query.cursor, isSlug));
    const needle = query.q?.toLowerCase();
    const items: Ingredient[] = [];
    let index = start;
    for (; index < list.length && items.length < query.limit; index++) {
      const item = list[index]!;
      if (matches(item, query, needle)) items.push(item);
    }
    // Look ahead for one more match so the last page says null instead of
    // handing out a cursor that leads to an empty page.
    let more = false;
    for (; index < list.length; index++) {
      if (matches(list[index]!, query, needle)) {
        more = true;
        break;
      }
    }
    const last = items.at(-1);
    return {
      items,
      nextCursor: more && last ? encodeCursor(last.slug) : null,
      version: snapshot.version,
    };
  }

  /** Every ingredient `q` finds, as `GET /v1/ingredients?q=` matches (for the CLI, which does not page). */
  search(q: string): Ingredient[] {
    const needle = q.trim().toLowerCase();
    return this.#repository.snapshot().ingredients.filter((item) => matches(item, {}, needle));
  }

  /** One ingredient and the catalogue version it was read at (one version lookup). */
  get(slug: string): { item: Ingredient; version: string } {
    const snapshot = this.#repository.snapshot();
    const item = snapshot.bySlug.get(slug);
    if (!item) throw notFound(`No ingredient has the slug '${slug}'.`);
    return { item, version: snapshot.version };
  }
}
