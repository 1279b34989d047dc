import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { Area } from '../vocabulary.js';
import { servesFirming, wantsFirming } from './goals-firming-actives.js';
import { BREASTFEEDING_RETINOID_AREAS, breastfeeding } from './retinoid-pregnancy.js';

export const FACE_ONLY: readonly Area[] = ['face'];
export const FIRMING_AREAS: readonly Area[] = ['face', 'neck', 'decolletage'];

export interface AreaDecision {
  areas: readonly Area[];
  /** The areas were extended for firming. */
  extended: boolean;
  /** Breastfeeding kept a retinoid off the chest. */
  limitedByBreastfeeding: boolean;
}

const FACE: AreaDecision = { areas: FACE_ONLY, extended: false, limitedByBreastfeeding: false };
const FIRMING: AreaDecision = { areas: FIRMING_AREAS, extended: true, limitedByBreastfeeding: false };
const BREASTFEEDING: AreaDecision = {
  areas: BREASTFEEDING_RETINOID_AREAS,
  extended: true,
  limitedByBreastfeeding: true,
};

/**
 * Where a serum or treatment step (the acid's too) goes: face, neck and décolletage when the profile
 * wants firming and the ingredient serves it; a retinoid never on the chest while breastfeeding.
 */
export const areasFor = (ingredient: Ingredient, profile: Profile): AreaDecision =>
  areasForAll([ingredient], profile);

/** The same for a step holding several ingredients (an own product): any firming one extends it. */
export function areasForAll(ingredients: readonly Ingredient[], profile: Profile): AreaDecision {
  if (!wantsFirming(profile) || !ingredients.some(servesFirming)) return FACE;
  if (breastfeeding(profile) && ingredients.some((ingredient) => ingredient.class === 'retinoid'))
    return BREASTFEEDING;
  return FIRMING;
}

/**
 * `area.neck-decolletage`: with firmness or fine lines, applies every serum or treatment step holding a
 * firming ingredient to the face, neck and décolletage (breastfeeding: a retinoid never on the chest).
 * Why: neck and chest age too and are often skipped. Source: the Supermood serum article.
 */
export const areaNeckDecolletage = {
  id: 'area.neck-decolletage',
  reads: ['concerns', 'pregnancy'],
  params: {},
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
