import { isActive, isExfoliatingAcid, isRetinoid } from '../ingredient-facts.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import { photosensitizerSunWarning } from './photosensitizer-sun-warning.js';
import { profileAvoid } from './profile-avoid.js';
import { retinoidPregnancy } from './retinoid-pregnancy.js';

/** Why a "may contain" entry is worth a warning, and the rule it would touch. */
export type MayContainReason = 'avoided' | 'pregnancy' | 'sun';
export const MAY_CONTAIN_RULE = {
  avoided: profileAvoid.id,
  pregnancy: retinoidPregnancy.id,
  sun: photosensitizerSunWarning.id,
} as const satisfies Record<MayContainReason, string>;

/**
 * How far a printed name may be from a known one and still be read as it, by its length: short names
 * lie too close together for any slip (under {@link SPELLING.exactBelow} characters they must match
 * exactly), longer ones allow one, two, then at most {@link SPELLING.maxEdits} edits. The confidence
 * reported, 1 − edits / length, is then never below 0.77.
 */
export const SPELLING = { exactBelow: 5, oneEditUpTo: 8, twoEditsUpTo: 15, maxEdits: 3 } as const;

/** Edits allowed for a close spelling of a printed name of this many characters. */
export function allowedEdits(length: number): number {
  if (length < SPELLING.exactBelow) return 0;
  if (length <= SPELLING.oneEditUpTo) return 1;
  if (length <= SPELLING.twoEditsUpTo) return 2;
  return SPELLING.maxEdits;
}

/** What a product is, from what it holds. */
export interface HeldFacts {
  retinoid: Ingredient | undefined;
  acid: Ingredient | undefined;
  photosensitizer: Ingredient | undefined;
  active: Ingredient | undefined;
}

/**
 * A product is what it holds: it holds a retinoid, an exfoliating acid, an active or a photosensitizer
 * when any ingredient it holds is one (the first such, in list order). `held` leaves out "may contain"
 * entries, which count for warnings, never for placement.
 */
export function heldFacts(held: readonly Ingredient[]): HeldFacts {
  return {
    retinoid: held.find(isRetinoid),
    acid: held.find(isExfoliatingAcid),
    photosensitizer: held.find((ingredient) => ingredient.photosensitizing),
    active: held.find(isActive),
  };
}

/**
 * `product.contains`: reads a product's printed ingredient list into catalogue ingredients (by INCI
 * name, by alias, or by a close spelling within {@link allowedEdits}, reported as fuzzy with its
 * confidence), keeping each entry's position and stated percent; the product's facts follow from
 * what it holds ({@link heldFacts}); "may contain" entries never place it but count for warnings
 * ({@link MAY_CONTAIN_RULE}). The reading itself is the product service's (`products/`); the
 * engine receives the slugs it found.
 * Why: the label is the only reliable account of what a product is. Sources: the Supermood serum
 * article; CosIng for the names.
 */
export const productContains = {
  id: 'product.contains',
  reads: ['ownProducts', 'avoid', 'pregnancy'],
  params: { ...SPELLING },
  sources: [SOURCES.article, SOURCES.cosing],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
