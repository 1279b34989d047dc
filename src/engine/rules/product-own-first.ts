import { isActive, isExfoliatingAcid, isRetinoid } from '../ingredient-facts.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { IngredientClass, StepKind } from '../vocabulary.js';
import { canBeMorningAntioxidant } from './antioxidant-morning.js';
import type { HeldFacts } from './product-contains.js';

/** What an own product does in the routine; it decides its step, its sessions and its schedule. */
export type OwnRole =
  | 'retinoid'
  | 'acid'
  | 'antioxidant'
  | 'serum'
  | 'moisturizer'
  | 'sunscreen'
  | 'cleanser'
  | 'toner';

/** An emollient or barrier lipid among a product's first this-many catalogue ingredients makes it a moisturizer. */
export const MOISTURIZER_LEAD = 5;
export const MOISTURIZER_CLASSES: readonly IngredientClass[] = ['emollient', 'barrier'];
export const UV_FILTER_CLASS: IngredientClass = 'uv-filter';

/** The base role of each step kind a person may give (serum and treatment are decided by what it holds). */
const BASE_ROLE: Partial<Record<StepKind, OwnRole>> = {
  cleanse: 'cleanser',
  tone: 'toner',
  moisturize: 'moisturizer',
  sunscreen: 'sunscreen',
};

/**
 * The step of a product sent without a kind, from what it holds: a treatment when it holds a retinoid
 * or an exfoliating acid; a sunscreen when it holds a UV filter; a moisturizer when an emollient or
 * barrier lipid is among its first {@link MOISTURIZER_LEAD} catalogue ingredients; otherwise a serum.
 * Null when it holds nothing the catalogue knows: nothing to decide from.
 */
export function inferredKind(held: readonly Ingredient[]): StepKind | null {
  if (held.length === 0) return null;
  if (held.some((ingredient) => isRetinoid(ingredient) || isExfoliatingAcid(ingredient))) return 'treatment';
  if (held.some((ingredient) => ingredient.class === UV_FILTER_CLASS)) return 'sunscreen';
  if (held.slice(0, MOISTURIZER_LEAD).some((ingredient) => MOISTURIZER_CLASSES.includes(ingredient.class)))
    return 'moisturize';
  return 'serum';
}

/**
 * What a product does: one holding a retinoid *is* the retinoid and one holding an exfoliating acid
 * takes the acid nights, whatever its kind (a sunscreen excepted: it is kept to its morning step);
 * a cleanser, toner, moisturizer or sunscreen fills its base step; a serum or treatment holding a
 * morning antioxidant is the antioxidant, any other is a serum. Undefined for a serum or treatment
 * that holds nothing the catalogue knows: no rule could be applied to it.
 */
export function roleOf(kind: StepKind, held: readonly Ingredient[], facts: HeldFacts): OwnRole | undefined {
  if (kind === 'sunscreen') return 'sunscreen';
  if (facts.retinoid) return 'retinoid';
  if (facts.acid) return 'acid';
  const base = BASE_ROLE[kind];
  if (base) return base;
  if (held.length === 0) return undefined;
  // The antioxidant goes on in the morning: a product that also holds a photosensitizer cannot be it.
  return held.some(isMorningAntioxidant) && !facts.photosensitizer ? 'antioxidant' : 'serum';
}

const isMorningAntioxidant = (ingredient: Ingredient) =>
  ingredient.class === 'antioxidant' && canBeMorningAntioxidant(ingredient);

/**
 * The ingredient that places a serum or treatment product, and whose facts its step follows (ramp,
 * caps, patch window, spacing, strength): its retinoid, its acid; for the antioxidant its first
 * active (an active antioxidant first), else its antioxidant; for a serum its first active, else the
 * first ingredient serving one of the profile's concerns, else its first.
 */
export function leadOf(role: OwnRole, held: readonly Ingredient[], profile: Profile): Ingredient | undefined {
  switch (role) {
    case 'retinoid':
      return held.find(isRetinoid);
    case 'acid':
      return held.find(isExfoliatingAcid);
    case 'antioxidant':
      // An active leads: the product is then spaced and patch-tested as the active it holds.
      return (
        held.find((i) => isMorningAntioxidant(i) && isActive(i)) ??
        held.find(isActive) ??
        held.find(isMorningAntioxidant)
      );
    case 'serum':
      return (
        held.find(isActive) ??
        held.find((ingredient) =>
          ingredient.concerns.some((concern) => profile.concerns.includes(concern)),
        ) ??
        held[0]
      );
    default:
      return undefined;
  }
}

/**
 * `product.own-first`: builds the routine around the person's own products before picking from the
 * catalogue: a product holding a retinoid is the retinoid and follows the ramp, one holding an acid
 * takes the acid nights, a photosensitizing one goes in the evening only, base products fill their
 * step; every rule applies to a product as to the ingredients it holds.
 * Why: serums work alongside the rest of a routine, and needs differ. Source: the Supermood serum article.
 */
export const productOwnFirst = {
  id: 'product.own-first',
  reads: ['ownProducts'],
  params: { moisturizerLead: MOISTURIZER_LEAD },
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
