import { evidenceRank } from './rules/evidence-graded.js';
import type { CatalogueSnapshot, Ingredient } from './types.js';
import { CONCERNS, type Concern, type IngredientClass, SKIN_TYPES, type SkinType } from './vocabulary.js';

/** An ingredient with its list facts as bit masks, so fitting a profile is a few integer ops. */
export interface IndexedIngredient {
  item: Ingredient;
  concernMask: number;
  skinTypeMask: number;
  irritation: 0 | 1 | 2;
  /** Evidence grade as a number, stronger first (`evidence.graded`). */
  evidence: number;
}

/** A catalogue snapshot grouped by class; built once per snapshot and reused. */
export interface CatalogueIndex {
  byClass: ReadonlyMap<IngredientClass, readonly IndexedIngredient[]>;
}

const CONCERN_BIT = new Map<Concern, number>(CONCERNS.map((concern, index) => [concern, 1 << index]));
const SKIN_TYPE_BIT = new Map<SkinType, number>(SKIN_TYPES.map((skinType, index) => [skinType, 1 << index]));
const IRRITATION = { low: 0, medium: 1, high: 2 } as const;

export function concernMask(concerns: readonly Concern[]): number {
  let mask = 0;
  for (const concern of concerns) mask |= CONCERN_BIT.get(concern) ?? 0;
  return mask;
}

export const skinTypeBit = (skinType: SkinType): number => SKIN_TYPE_BIT.get(skinType) ?? 0;

/** Number of set bits: how many of the profile's concerns an ingredient covers. */
export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

// Snapshots are immutable values, so an index built for one stays valid for its life;
// a new catalogue version is a new snapshot object and gets its own index.
const indexes = new WeakMap<CatalogueSnapshot, CatalogueIndex>();

export function indexCatalogue(snapshot: CatalogueSnapshot): CatalogueIndex {
  let index = indexes.get(snapshot);
  if (index) return index;
  const byClass = new Map<IngredientClass, IndexedIngredient[]>();
  for (const item of snapshot.ingredients) {
    let skinTypeMask = 0;
    for (const skinType of item.skinTypes) skinTypeMask |= skinTypeBit(skinType);
    const list = byClass.get(item.class) ?? [];
    list.push({
      item,
      concernMask: concernMask(item.concerns),
      skinTypeMask,
      irritation: IRRITATION[item.irritation],
      evidence: evidenceRank(item),
    });
    byClass.set(item.class, list);
  }
  index = { byClass };
  indexes.set(snapshot, index);
  return index;
}
