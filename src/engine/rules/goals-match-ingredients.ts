import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { IngredientClass } from '../vocabulary.js';

/** How many ingredients of each kind a routine may hold. */
export const SLOTS = { retinoid: 1, acid: 1, antioxidant: 1 } as const;
/** No session holds more serum steps than this (in the morning the antioxidant serum is one of them). */
export const MAX_SERUM_STEPS = 2;

/** Classes that fill the low-irritation serum slots (the others have slots or steps of their own). */
export const SERUM_CLASSES: readonly IngredientClass[] = [
  'humectant',
  'peptide',
  'vitamin',
  'soothing',
  'botanical',
  'other',
];

/** An ingredient is a candidate only when the catalogue says it suits the profile's skin type. */
export const suitsSkinType = (ingredient: Ingredient, profile: Profile): boolean =>
  ingredient.skinTypes.includes(profile.skinType);

/**
 * `goals.match-ingredients`: chooses ingredients from the catalogue by the concerns they address and the
 * skin types they suit, with at most one retinoid, one exfoliating acid and one antioxidant, and no more
 * than two serum steps in a session; within a class stronger evidence first, then lower irritation,
 * then staff rank.
 * Why: an ingredient earns its place by doing what the person wants. Source: the Supermood serum article.
 */
export const goalsMatchIngredients = {
  id: 'goals.match-ingredients',
  reads: ['skinType', 'concerns'],
  params: {
    retinoids: SLOTS.retinoid,
    acids: SLOTS.acid,
    antioxidants: SLOTS.antioxidant,
    serumSteps: MAX_SERUM_STEPS,
  },
  sources: [SOURCES.article],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
