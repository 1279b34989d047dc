import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';

/**
 * Whether an ingredient may be applied in the morning: never when the catalogue flags it
 * photosensitizing, whatever step it is in (serum, treatment, moisturizer, sunscreen).
 */
export const allowedInMorning = (ingredient: Ingredient): boolean => !ingredient.photosensitizing;

/**
 * `photosensitizer.night-only`: places every photosensitizing ingredient in the evening only, in any
 * step, decided from the catalogue flag.
 * Why: they make skin more vulnerable to UV. Source: the Supermood serum article; FDA AHA guidance.
 */
export const photosensitizerNightOnly = {
  id: 'photosensitizer.night-only',
  reads: [],
  params: {},
  sources: [SOURCES.article, SOURCES['fda-aha']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
