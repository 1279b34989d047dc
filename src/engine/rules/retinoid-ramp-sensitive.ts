import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import { describeTable, everyNightFrom, type RampTable } from './ramp-table.js';

/** Sensitive skin spends twice as long at each stage of the standard ramp. */
export const SENSITIVE_RAMP: RampTable = [
  [4, 1],
  [8, 2],
  [12, 3],
  [16, 4],
];

/**
 * `retinoid.ramp-sensitive`: for sensitive skin, doubles each stage of the ramp (weeks 1-4: 1 night;
 * 5-8: 2; 9-12: 3; 13-16: 4; then every night not taken by an acid).
 * Why: sensitive skin calls for extra caution at the start. Source: the Supermood serum article.
 */
export const retinoidRampSensitive = {
  id: 'retinoid.ramp-sensitive',
  reads: ['sensitive', 'concerns', 'retinoidWeeks'],
  title: 'Ramp a retinoid twice as slowly for sensitive skin',
  rationale:
    'For sensitive skin every ramp stage lasts twice as long, in nights a week: ' +
    `${describeTable(SENSITIVE_RAMP)}, and from week ${everyNightFrom(SENSITIVE_RAMP)} on every ` +
    'night that no exfoliating acid claims. The counts are exact in the same way, and no two ' +
    'retinoid nights are consecutive while a week has fewer than 4. Sensitive skin calls for extra ' +
    'care at the start, so it climbs more gently.',
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
