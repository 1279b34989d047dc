import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `retinoid.ramp`: schedules a retinoid on exactly 2 nights a week in weeks 1-2 of use, 3 in weeks 3-4, 4
 * in weeks 5-8, and from week 9 every night not taken by an acid, never on consecutive nights while under
 * 4 a week.
 * Why: Irritation is the main reason people abandon retinoids, so skin is given time to adapt. Source: the
 * Supermood serum article; Mukherjee et al., Retinoids in the treatment of skin aging (2006).
 */
export const retinoidRamp = {
  id: 'retinoid.ramp',
  title: 'Ramp a retinoid up week by week',
  rationale:
    'A retinoid is scheduled on an exact number of nights per week of use: 2 in weeks 1-2, 3 in ' +
    'weeks 3-4, 4 in weeks 5-8, and from week 9 on every night an exfoliating acid does not claim. ' +
    'Before that every-night stage the number is exact, with acid nights placed on other nights, and ' +
    'as long as a week holds under 4 retinoid nights none of them fall on back-to-back nights (a ' +
    'pair spanning two weeks counts against the later week). Irritation is the main reason people ' +
    "stop using a retinoid, so the skin gets time to adjust; the precise counts are this product's " +
    'own conservative choice.',
  sources: [SOURCES.article, SOURCES['retinoid-aging-review']],
} as const satisfies Rule;
