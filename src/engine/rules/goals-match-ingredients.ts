import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `goals.match-ingredients`: chooses treatment ingredients from the catalogue by the concerns they list,
 * capped at one retinoid, one exfoliating acid, one antioxidant and two low-irritation serums.
 * Why: An ingredient belongs in the routine only if it helps with what the person wants. Source: the
 * Supermood serum article.
 */
export const goalsMatchIngredients = {
  id: 'goals.match-ingredients',
  title: 'Pick treatment ingredients by the concerns they address',
  rationale:
    'Treatment ingredients come from the catalogue, selected because their listed concerns overlap ' +
    'the concerns in the profile; no ingredient list is hard-coded. A routine holds no more than one ' +
    'retinoid, one exfoliating acid, one antioxidant and two low-irritation serums. An ingredient ' +
    'earns its place only by doing what the person is looking for, and the caps keep the routine ' +
    'short enough to tolerate and to follow.',
  sources: [SOURCES.article],
} as const satisfies Rule;
