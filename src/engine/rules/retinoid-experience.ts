import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `retinoid.experience`: begins someone who has used a retinoid for N weeks at week N+1 of the ramp.
 * Why: Their skin has already been through the earlier stages. Source: the Supermood serum article;
 * Mukherjee et al., Retinoids in the treatment of skin aging (2006).
 */
export const retinoidExperience = {
  id: 'retinoid.experience',
  title: 'Start an experienced retinoid user further along the ramp',
  rationale:
    'A person who has already used a retinoid for N weeks starts at week N+1 of the ramp rather than ' +
    'week 1, and that retinoid is not treated as new, so it is scheduled without spacing or a patch ' +
    'test. Their skin has already adapted through those weeks, and repeating them would only hold ' +
    'the routine back without making it any safer.',
  sources: [SOURCES.article, SOURCES['retinoid-aging-review']],
} as const satisfies Rule;
