import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';

/** The antioxidant serum goes on in the morning, under sunscreen: so never a photosensitizing one. */
export const canBeMorningAntioxidant = (ingredient: Ingredient): boolean => !ingredient.photosensitizing;

/**
 * `antioxidant.morning`: places an antioxidant serum (vitamin C and the like, unless photosensitizing)
 * in the morning, under sunscreen.
 * Why: the morning routine is for protection. Source: Cleveland Clinic basic routine; Al-Niaimi and
 * Chiang (2017).
 */
export const antioxidantMorning = {
  id: 'antioxidant.morning',
  reads: ['concerns'],
  params: {},
  sources: [SOURCES['cc-basic-routine'], SOURCES['vitamin-c-review']],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
