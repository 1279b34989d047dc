import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import { APART_BELOW, describeTable, everyNightFrom, type RampTable } from './ramp-table.js';

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
  params: {
    table: describeTable(SENSITIVE_RAMP),
    everyNightFrom: everyNightFrom(SENSITIVE_RAMP),
    apartBelow: APART_BELOW,
  },
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
