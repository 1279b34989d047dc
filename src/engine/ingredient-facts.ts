import type { Ingredient } from './types.js';
import { EXFOLIATING_ACID_CLASSES } from './vocabulary.js';

/**
 * The terms of guidance.md, decided from catalogue facts alone so that an ingredient staff
 * add is classified without code changes.
 */

export const isRetinoid = (ingredient: Ingredient): boolean => ingredient.class === 'retinoid';

export const isExfoliatingAcid = (ingredient: Ingredient): boolean =>
  EXFOLIATING_ACID_CLASSES.includes(ingredient.class);

/** An active: every retinoid and exfoliating acid, and anything graded above `low` irritation. */
export const isActive = (ingredient: Ingredient): boolean =>
  isRetinoid(ingredient) || isExfoliatingAcid(ingredient) || ingredient.irritation !== 'low';

/** Forms of one substance share a family and count as one ingredient for daily limits. */
export const familyOf = (ingredient: Ingredient): string => ingredient.family ?? ingredient.slug;
