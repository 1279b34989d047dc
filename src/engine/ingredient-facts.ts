import type { Ingredient } from './types.js';
import { EXFOLIATING_ACID_CLASSES } from './vocabulary.js';

/**
 * The terms of guidance.md, decided from catalogue facts alone so that an ingredient staff
 * add is classified without code changes.
 */

/** An active: anything the catalogue grades above `low` irritation. */
export const isActive = (ingredient: Ingredient): boolean => ingredient.irritation !== 'low';

export const isRetinoid = (ingredient: Ingredient): boolean => ingredient.class === 'retinoid';

export const isExfoliatingAcid = (ingredient: Ingredient): boolean =>
  EXFOLIATING_ACID_CLASSES.includes(ingredient.class);

/** Forms of one substance share a family and count as one ingredient for daily limits. */
export const familyOf = (ingredient: Ingredient): string => ingredient.family ?? ingredient.slug;
