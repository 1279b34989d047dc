import { isExfoliatingAcid, isRetinoid } from '../ingredient-facts.js';
import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';

/** Whether two ingredients may never share a session: a retinoid and an acid, or two acids. */
export const stacks = (a: Ingredient, b: Ingredient): boolean =>
  (isExfoliatingAcid(a) && (isRetinoid(b) || isExfoliatingAcid(b))) ||
  (isRetinoid(a) && isExfoliatingAcid(b));

export const NOT_WITH_ACID_NOTE = message('retinoid-not-with-acid');
export const NOT_WITH_RETINOID_NOTE = message('acid-not-with-retinoid');

/**
 * `actives.no-stacking`: never puts a retinoid and an exfoliating acid, or two exfoliating acids, in
 * the same session (an acid night is a night off the retinoid).
 * Why: exfoliating over a retinoid can deepen dryness. Source: AAD How to safely exfoliate at home.
 */
export const activesNoStacking = {
  id: 'actives.no-stacking',
  reads: [],
  params: {},
  sources: [SOURCES['aad-exfoliation']],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
