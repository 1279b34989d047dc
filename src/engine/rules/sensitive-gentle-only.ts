import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { Concern, Irritation } from '../vocabulary.js';
import { concernWord, irritationWord } from './rule-text.js';

/** The concern that calls for the same care as sensitive skin. */
export const REACTIVE_CONCERN: Concern = 'redness';
/** Never picked for sensitive skin or redness. */
export const NEVER: Irritation = 'high';
/** With redness, an antioxidant may be no more irritating than this. */
export const REDNESS_ANTIOXIDANT_MAX: Irritation = 'low';

export const hasRedness = (profile: Profile): boolean => profile.concerns.includes(REACTIVE_CONCERN);

/** Whether the profile calls for gentle choices only. */
export const gentleOnly = (profile: Profile): boolean => profile.sensitive || hasRedness(profile);

/** Whether gentleness rules an ingredient out, whatever slot it would fill. */
export const tooHarsh = (ingredient: Ingredient, profile: Profile): boolean =>
  gentleOnly(profile) && ingredient.irritation === NEVER;

/** With redness no exfoliating acid at all. */
export const acidsBarred = (profile: Profile): boolean => hasRedness(profile);

/** With redness, the antioxidant stays at the lowest irritation grade. */
export const antioxidantTooHarsh = (ingredient: Ingredient, profile: Profile): boolean =>
  hasRedness(profile) && ingredient.irritation !== REDNESS_ANTIOXIDANT_MAX;

/** A retinoid ramps at the sensitive pace for sensitive skin and for redness. */
export const slowRamp = (profile: Profile): boolean => gentleOnly(profile);

/**
 * `sensitive.gentle-only`: for sensitive skin and for the redness concern, never a high-irritation
 * ingredient; with redness also no exfoliating acid, no medium or high antioxidant, and the sensitive
 * retinoid ramp. Decided from catalogue facts.
 * Why: reactive skin needs gentle products. Source: the Supermood serum article; AAD on rosacea.
 */
export const sensitiveGentleOnly = {
  id: 'sensitive.gentle-only',
  reads: ['sensitive', 'concerns'],
  params: { reactiveConcern: concernWord(REACTIVE_CONCERN), neverIrritation: irritationWord(NEVER) },
  sources: [SOURCES.article, SOURCES['aad-rosacea']],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
