import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import type { IngredientClass } from '../vocabulary.js';

/** Thin to thick within the serum layer: watery antioxidant and humectant serums first. */
export const SERUM_LAYER: Partial<Record<IngredientClass, number>> = {
  antioxidant: 0,
  humectant: 1,
  vitamin: 2,
  peptide: 3,
  soothing: 4,
  botanical: 5,
  other: 6,
};
const LAST_SERUM_LAYER = 7;

/** Where an ingredient's serum goes among the serums of a session (lower first). */
export const serumLayer = (ingredient: Ingredient): number =>
  SERUM_LAYER[ingredient.class] ?? LAST_SERUM_LAYER;

/**
 * `routine.layer-order`: orders each session from the thinnest to the thickest texture, sunscreen last
 * in the morning.
 * Why: light layers reach the skin first, and sunscreen protects best on top. Source: Cleveland Clinic
 * on product order; Nebraska Medicine.
 */
export const routineLayerOrder = {
  id: 'routine.layer-order',
  reads: [],
  params: {},
  sources: [SOURCES['cc-order'], SOURCES['nebraska-moisturizer']],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
