import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `retinoid.amount`: notes a pea-sized amount for the whole face, and a second for the neck and
 * décolletage, applied at bedtime to dry skin.
 * Why: More product does not work better and mainly adds irritation. Source: DermNet Topical retinoids.
 */
export const retinoidAmount = {
  id: 'retinoid.amount',
  title: 'Use a pea-sized amount of retinoid at bedtime',
  rationale:
    'The retinoid step carries a note: one pea-sized amount covers the entire face, with another for ' +
    'the neck and décolletage, applied at bedtime on dry skin. A small amount is all the skin needs, ' +
    'and using more brings extra irritation rather than extra benefit.',
  sources: [SOURCES['dermnet-retinoids']],
} as const satisfies Rule;
