import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `actives.one-at-a-time`: starts new actives at least 14 days apart (28 for sensitive skin),
 * low-irritation ingredients on day 1, and a chosen retinoid first, in week 1.
 * Why: Skin needs time to get used to each new product, and a reaction is easier to trace to one cause.
 * Source: the Supermood serum article.
 */
export const activesOneAtATime = {
  id: 'actives.one-at-a-time',
  title: 'Introduce new actives one at a time',
  rationale:
    'New actives are started one by one, with at least 14 days between the first uses of any two of ' +
    'them (28 days for sensitive skin), while low-irritation ingredients begin on day 1. When a ' +
    'retinoid is chosen it comes first, in week 1. Introducing actives separately lets the skin ' +
    'adjust to each, and if a reaction appears it is clear which product caused it.',
  sources: [SOURCES.article],
} as const satisfies Rule;
