import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `retinoid.ramp-sensitive`: for sensitive skin, stretches each ramp stage to 4 weeks: 1 night a week in
 * weeks 1-4, 2 in 5-8, 3 in 9-12, 4 in 13-16, then every night not taken by an acid from week 17.
 * Why: Sensitive skin needs extra caution when a potent ingredient is new. Source: the Supermood serum
 * article.
 */
export const retinoidRampSensitive = {
  id: 'retinoid.ramp-sensitive',
  title: 'Ramp a retinoid twice as slowly for sensitive skin',
  rationale:
    'For sensitive skin every ramp stage lasts twice as long: 1 night a week in weeks 1-4, 2 in ' +
    'weeks 5-8, 3 in weeks 9-12, 4 in weeks 13-16, and from week 17 on every night that no ' +
    'exfoliating acid claims. The counts are exact in the same way, and no two retinoid nights are ' +
    'consecutive while a week has fewer than 4. Sensitive skin calls for extra care at the start, so ' +
    'it climbs more gently.',
  sources: [SOURCES.article],
} as const satisfies Rule;
