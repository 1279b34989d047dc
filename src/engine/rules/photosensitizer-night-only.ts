import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `photosensitizer.night-only`: puts every ingredient flagged as photosensitizing in the evening session
 * only, on every day, using the catalogue flag rather than a list in code.
 * Why: These ingredients leave skin more exposed to UV damage. Source: the Supermood serum article; US FDA
 * AHA labeling guidance.
 */
export const photosensitizerNightOnly = {
  id: 'photosensitizer.night-only',
  title: 'Schedule photosensitizing ingredients in the evening only',
  rationale:
    'Any ingredient flagged as photosensitizing in the catalogue, such as a retinoid or an AHA, is ' +
    'placed only in the evening session, on every day of the schedule. The decision reads the flag, ' +
    'so an ingredient staff add later is scheduled correctly with no code change. These ingredients ' +
    'make skin more vulnerable to UV damage, which is why they belong to the night routine.',
  sources: [SOURCES.article, SOURCES['fda-aha']],
} as const satisfies Rule;
