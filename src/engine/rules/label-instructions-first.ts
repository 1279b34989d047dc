import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `label.instructions-first`: states in every response that the product's own instructions take precedence
 * and that this is general guidance, not medical advice.
 * Why: Products differ in strength and directions, and only a clinician can advise an individual. Source:
 * the Supermood serum article.
 */
export const labelInstructionsFirst = {
  id: 'label.instructions-first',
  title: 'Product instructions come first; general guidance only',
  rationale:
    "Every response states that the instructions on the product's own packaging take precedence and " +
    'that the engine offers general cosmetic guidance, not medical advice. Formulas and strengths ' +
    "vary between products, and advice for a particular person's skin condition belongs to a " +
    'clinician.',
  sources: [SOURCES.article],
} as const satisfies Rule;
