import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/** In every response. */
export const DISCLAIMER = message('disclaimer');

/**
 * `label.instructions-first`: says in every response that the product's own instructions come first and
 * that this is general guidance, not medical advice.
 * Why: formulas vary, and individual advice belongs to a clinician. Source: the Supermood serum article.
 */
export const labelInstructionsFirst = {
  id: 'label.instructions-first',
  reads: [],
  params: {},
  sources: [SOURCES.article],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
