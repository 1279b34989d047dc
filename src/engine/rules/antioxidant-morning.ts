import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `antioxidant.morning`: places an antioxidant serum such as vitamin C in the morning session, under
 * sunscreen, unless it is photosensitizing.
 * Why: Mornings are for protection, and antioxidants help defend skin against daylight damage. Source:
 * Cleveland Clinic basic everyday skin care routine; Al-Niaimi and Chiang, Topical Vitamin C and the Skin
 * (2017).
 */
export const antioxidantMorning = {
  id: 'antioxidant.morning',
  title: 'Apply the antioxidant serum in the morning',
  rationale:
    'An antioxidant serum such as vitamin C goes in the morning session, beneath the sunscreen, as ' +
    'long as the ingredient is not photosensitizing. The morning routine is about protection: an ' +
    'antioxidant helps shield skin from the daytime damage that drives photoageing and supports ' +
    'collagen along the way.',
  sources: [SOURCES['cc-basic-routine'], SOURCES['vitamin-c-review']],
} as const satisfies Rule;
