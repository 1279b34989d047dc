import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `actives.no-stacking`: never puts a retinoid with an exfoliating acid, or two exfoliating acids, in the
 * same session.
 * Why: Exfoliating on top of a retinoid can make dryness and irritation worse. Source: AAD How to safely
 * exfoliate at home.
 */
export const activesNoStacking = {
  id: 'actives.no-stacking',
  title: 'Never combine a retinoid and an acid in one session',
  rationale:
    'A session never holds both a retinoid and an exfoliating acid, nor two exfoliating acids; a ' +
    'night with an acid is a night off the retinoid. Retinoids already leave skin sensitive and ' +
    'exfoliating over one can deepen dryness and irritation, so keeping them on separate nights is ' +
    'the cautious reading of that advice.',
  sources: [SOURCES['aad-exfoliation']],
} as const satisfies Rule;
