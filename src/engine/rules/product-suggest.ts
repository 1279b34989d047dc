import { familyOf, isActive, isExfoliatingAcid, isRetinoid } from '../ingredient-facts.js';
import { SOURCES } from '../sources.js';
import type { CatalogueProduct, Ingredient, Profile, Rule } from '../types.js';
import type { StepKind } from '../vocabulary.js';
import { dailyApplications } from './hyaluronic-twice-daily.js';
import { barredByPregnancy, excludedByPregnancy } from './retinoid-pregnancy.js';
import { acidsBarred, antioxidantTooHarsh, tooHarsh } from './sensitive-gentle-only.js';
import { mostExceeded } from './strength-start-low.js';

/** The most products suggested for one step. */
export const MAX_SUGGESTIONS = 3;

/** Serums and treatments are sold under either name: a product of one kind may fill the other's step. */
const INTERCHANGEABLE: Partial<Record<StepKind, readonly StepKind[]>> = {
  serum: ['serum', 'treatment'],
  treatment: ['serum', 'treatment'],
};

/** Steps whose actives are spaced and patch-tested; base steps get none of that. */
const TREATING_KINDS: readonly StepKind[] = ['serum', 'treatment'];

export const fitsStepKind = (productKind: StepKind, stepKind: StepKind): boolean =>
  (INTERCHANGEABLE[stepKind] ?? [stepKind]).includes(productKind);

/** The step a product is considered for. */
export interface SuggestionSlot {
  kind: StepKind;
  session: 'am' | 'pm';
  /** The catalogue slugs the routine chose for the step (empty for a generic step). */
  chosen: readonly string[];
}

/**
 * Whether a catalogue product may be suggested for a step: it holds every chosen ingredient, nothing
 * the person avoids, nothing the profile must not use (pregnancy, skin type, gentleness), no
 * photosensitizer in the morning, and nothing the plan did not schedule: no second retinoid or acid,
 * no once-a-day ingredient, and in a serum or treatment step no other active.
 */
export function suitsStep(
  product: CatalogueProduct,
  held: readonly Ingredient[],
  slot: SuggestionSlot,
  profile: Profile,
): boolean {
  if (!fitsStepKind(product.kind, slot.kind)) return false;
  for (const slug of slot.chosen) if (!product.slugs.includes(slug)) return false;
  const barred = barredByPregnancy(profile);
  const chosenFamilies = new Set(held.filter((i) => slot.chosen.includes(i.slug)).map(familyOf));
  // Nor what its label says beyond what it holds: a strength above the most advised, or a
  // "may contain" entry the person avoids.
  if (product.mayContain?.some((slug) => profile.avoid.includes(slug))) return false;
  for (const ingredient of held) {
    if (profile.avoid.includes(ingredient.slug)) return false;
    if (mostExceeded(ingredient, product.stated?.[ingredient.slug]) !== undefined) return false;
    if (barred && excludedByPregnancy(ingredient, profile)) return false;
    if (!ingredient.skinTypes.includes(profile.skinType)) return false;
    if (slot.session === 'am' && ingredient.photosensitizing) return false;
    if (tooHarsh(ingredient, profile) || antioxidantTooHarsh(ingredient, profile)) return false;
    if (acidsBarred(profile) && isExfoliatingAcid(ingredient)) return false;
    if (chosenFamilies.has(familyOf(ingredient))) continue;
    // Nothing the plan did not schedule: no second retinoid or acid anywhere, nothing kept to once a
    // day, and in a serum or treatment step no other active (it would need its own patch window).
    if (isRetinoid(ingredient) || isExfoliatingAcid(ingredient) || dailyApplications(ingredient) < 2)
      return false;
    if (TREATING_KINDS.includes(slot.kind) && isActive(ingredient)) return false;
  }
  return true;
}

/**
 * How early the chosen ingredients stand in a product's list: the position of the last of them, then
 * their sum (lower is earlier). A generic step has no chosen ingredient: every product ties.
 */
export function listRank(product: CatalogueProduct, chosen: readonly string[]): [number, number] {
  let last = 0;
  let sum = 0;
  for (const slug of chosen) {
    const position = product.positions[product.slugs.indexOf(slug)] ?? Number.MAX_SAFE_INTEGER;
    last = Math.max(last, position);
    sum += position;
  }
  return [last, sum];
}

/**
 * `product.suggest`: when asked, suggests up to 3 catalogue products for each step without an own
 * product, each holding the step's chosen ingredients and nothing that breaks a rule for this
 * profile, ranked by how early the chosen ingredient stands in its list.
 * Why: a product is chosen by the needs, the skin type and the use. Source: the Supermood serum article.
 */
export const productSuggest = {
  id: 'product.suggest',
  reads: ['skinType', 'pregnancy', 'sensitive', 'concerns', 'avoid'],
  params: { maxSuggestions: MAX_SUGGESTIONS },
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
