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
  title: 'Schedule photosensitizing ingredients in the evening only',
  rationale:
    'Any ingredient flagged as photosensitizing in the catalogue, such as a retinoid or an AHA, is ' +
    'placed only in the evening session, on every day of the schedule, in whatever step it belongs ' +
    'to, the moisturizer included. The decision reads the flag, so an ingredient staff add later is ' +
    'scheduled correctly with no code change. These ingredients make skin more vulnerable to UV ' +
    'damage, which is why they belong to the night routine.',
  sources: [SOURCES.article, SOURCES['fda-aha']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
