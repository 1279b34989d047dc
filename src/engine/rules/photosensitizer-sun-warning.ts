import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import type { IngredientClass } from '../vocabulary.js';

/** Sun care goes on this many weeks after stopping an ingredient of these classes. */
export const AFTER_STOPPING_WEEKS = 1;
export const LINGERING_CLASSES: readonly IngredientClass[] = ['aha'];

/** Weeks of extra sun care after stopping this ingredient. */
export const weeksOfCareAfterStopping = (ingredient: Ingredient): number =>
  LINGERING_CLASSES.includes(ingredient.class) ? AFTER_STOPPING_WEEKS : 0;

/**
 * `photosensitizer.sun-warning`: when the routine holds a photosensitizer, warns to wear sunscreen daily
 * and limit sun, and for a week after stopping an AHA.
 * Why: AHAs raise sunburn risk during use and after. Source: FDA AHA guidance.
 */
export const photosensitizerSunWarning = {
  id: 'photosensitizer.sun-warning',
  reads: [],
  params: { weeksAfter: AFTER_STOPPING_WEEKS },
  sources: [SOURCES['fda-aha']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
