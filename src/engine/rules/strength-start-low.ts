import { type Message, message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { IngredientClass } from '../vocabulary.js';

/** Above this strength, in percent, an AHA is a professional peel, not a home product. */
export const HOME_AHA_MAX = 10;
export const PEEL_CLASSES: readonly IngredientClass[] = ['aha'];

/** Whether past its home limit an ingredient is a professional peel (an AHA). */
export const peelsAbove = (ingredient: Ingredient): boolean => PEEL_CLASSES.includes(ingredient.class);

/**
 * The most this routine advises of an ingredient, in percent: the catalogue's maximum, and for an AHA
 * no more than the home limit; undefined when the catalogue gives no strength.
 */
export function mostAdvised(ingredient: Ingredient): number | undefined {
  const max = ingredient.strength?.max;
  if (max === undefined) return undefined;
  return peelsAbove(ingredient) ? Math.min(max, HOME_AHA_MAX) : max;
}

/**
 * When a strength printed on a label is above what this routine advises of the ingredient, that most
 * (in percent); otherwise undefined.
 */
export function mostExceeded(ingredient: Ingredient, percent: number | undefined): number | undefined {
  const most = mostAdvised(ingredient);
  return percent !== undefined && most !== undefined && percent > most ? most : undefined;
}

/**
 * The strength advice for an active: the catalogue's start range (sensitive skin: its low end), never
 * above its maximum; the lowest strength sold when the catalogue gives none.
 */
export function strengthAdvice(ingredient: Ingredient, profile: Profile): Message {
  const strength = ingredient.strength;
  if (strength === null) return message('strength-lowest-sold', { name: ingredient.name });
  const peelAbove = peelsAbove(ingredient) ? HOME_AHA_MAX : 0;
  // Every figure stays at or under the ceiling: the catalogue's maximum, and for an AHA the home limit.
  const ceiling = mostAdvised(ingredient)!;
  // A start range wholly above the ceiling is not a home start: say only the ceiling.
  if (strength.startFrom > ceiling)
    return message('strength-at-most', { name: ingredient.name, max: ceiling, peelAbove });
  const to = Math.min(strength.startTo, ceiling);
  return message(profile.sensitive ? 'strength-low-end' : 'strength-range', {
    name: ingredient.name,
    from: strength.startFrom,
    to,
    single: to === strength.startFrom,
    max: ceiling,
    peelAbove,
  });
}

/**
 * `strength.start-low`: on every step holding an active, states the strength to start with from the
 * catalogue (sensitive skin: the low end of the range) and never advises above its maximum; an AHA
 * above 10 % is a professional peel; with no strength on file, the lowest strength sold.
 * Why: irritation comes with strength. Source: FDA AHA guidance; Mukherjee et al. (2006); AAD.
 */
export const strengthStartLow = {
  id: 'strength.start-low',
  reads: ['sensitive'],
  params: { homeAhaMax: HOME_AHA_MAX },
  sources: [SOURCES['fda-aha'], SOURCES['retinoid-aging-review'], SOURCES['aad-patch-test']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
