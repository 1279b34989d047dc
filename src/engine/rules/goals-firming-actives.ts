import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { Concern, Irritation } from '../vocabulary.js';
import { irritationWord } from './rule-text.js';

/** Concerns that make a firming routine (and extend its firming steps to neck and décolletage). */
export const FIRMING_CONCERNS: readonly Concern[] = ['firmness', 'fine-lines'];

/** A first retinoid is never of this irritation grade while a gentler one fits (retinol, retinaldehyde). */
export const FIRST_RETINOID_AVOIDS: Irritation = 'high';

export const wantsFirming = (profile: Profile): boolean =>
  FIRMING_CONCERNS.some((concern) => profile.concerns.includes(concern));

export const servesFirming = (ingredient: Ingredient): boolean =>
  FIRMING_CONCERNS.some((concern) => ingredient.concerns.includes(concern));

/** For firming concerns, peptides come before other low-irritation serums (after hyaluronic acid when it is wanted). */
export const prefersPeptides = (profile: Profile, ingredient: Ingredient): boolean =>
  wantsFirming(profile) && ingredient.class === 'peptide';

/**
 * `goals.firming-actives`: for firmness and fine lines prefers a retinoid, then peptides, vitamin C and
 * hyaluronic acid; a first retinoid is a gentle form.
 * Why: these are the working ingredients of tightening serums. Source: the Supermood serum article;
 * Mukherjee et al. (2006).
 */
export const goalsFirmingActives = {
  id: 'goals.firming-actives',
  reads: ['concerns', 'retinoidWeeks'],
  params: { avoidedIrritation: irritationWord(FIRST_RETINOID_AVOIDS) },
  sources: [SOURCES.article, SOURCES['retinoid-aging-review']],
  strength: 'conditional',
  certainty: 'moderate',
} as const satisfies Rule;
