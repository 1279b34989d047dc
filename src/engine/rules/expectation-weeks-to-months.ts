import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `expectation.weeks-to-months`: gives one expected window of results per profile concern: firmness and
 * fine lines 8-24 weeks, dryness 1-2, redness 2-8, texture, dullness, pores and dark spots 4-12, and
 * stresses consistency.
 * Why: Results take weeks to months, and knowing that helps people keep going. Source: the Supermood serum
 * article; DermNet Topical retinoids.
 */
export const expectationWeeksToMonths = {
  id: 'expectation.weeks-to-months',
  title: 'Set realistic timelines for visible results',
  rationale:
    'For each concern in the profile the engine states one window in which consistent use should ' +
    'show visible results: 8-24 weeks for firmness and fine lines, 1-2 weeks for dryness, 2-8 weeks ' +
    'for redness, and 4-12 weeks for texture, dullness, pores and dark spots. It also stresses that ' +
    "regular use is what counts. Changes appear over weeks to months, and a retinoid's effect on " +
    'wrinkles keeps building for months, so honest timelines help people stick with the routine.',
  sources: [SOURCES.article, SOURCES['dermnet-retinoids']],
} as const satisfies Rule;
