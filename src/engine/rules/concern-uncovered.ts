import { type MessageCode, message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import type { Concern } from '../vocabulary.js';

/** The profile's concerns that none of the routine's ingredients addresses. */
export function uncoveredConcerns(concerns: readonly Concern[], used: readonly Ingredient[]): Concern[] {
  return concerns.filter((concern) => !used.some((ingredient) => ingredient.concerns.includes(concern)));
}

const CONCERN_NAME: Record<Concern, MessageCode> = {
  firmness: 'concern-firmness',
  'fine-lines': 'concern-fine-lines',
  dryness: 'concern-dryness',
  dullness: 'concern-dullness',
  'dark-spots': 'concern-dark-spots',
  texture: 'concern-texture',
  pores: 'concern-pores',
  redness: 'concern-redness',
};

export const uncoveredWarning = (concern: Concern) =>
  message('warning-concern-uncovered', { concern: message(CONCERN_NAME[concern]) });

/**
 * `concern.uncovered`: when no ingredient of the routine addresses one of the profile's concerns, warns
 * and names it.
 * Why: a person should not think a concern is treated when it is not. Source: the Supermood serum
 * article.
 */
export const concernUncovered = {
  id: 'concern.uncovered',
  reads: ['concerns'],
  params: {},
  sources: [SOURCES.article],
  strength: 'strong',
  certainty: 'very-low',
} as const satisfies Rule;
