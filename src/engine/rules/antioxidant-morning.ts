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
  title: 'Apply the antioxidant serum in the morning',
  rationale:
    'An antioxidant serum such as vitamin C goes in the morning session, beneath the sunscreen, as ' +
    'long as the ingredient is not photosensitizing. The morning routine is about protection: an ' +
    'antioxidant helps shield skin from the daytime damage that drives photoageing and supports ' +
    'collagen along the way.',
  sources: [SOURCES['cc-basic-routine'], SOURCES['vitamin-c-review']],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
