import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `photosensitizer.sun-warning`: whenever the routine contains a photosensitizer, warns to use sunscreen
 * daily and limit sun exposure while using it and for a week after stopping an AHA.
 * Why: AHAs raise the risk of sunburn during use and for up to a week afterwards. Source: US FDA AHA
 * labeling guidance.
 */
export const photosensitizerSunWarning = {
  id: 'photosensitizer.sun-warning',
  title: 'Warn about sun sensitivity when a photosensitizer is used',
  rationale:
    'If any ingredient in the routine is photosensitizing, the response carries a warning to wear ' +
    'sunscreen every day and keep sun exposure down while using it, continuing for one week after an ' +
    'AHA is stopped. AHAs increase sensitivity to sunburn both during use and for up to a week ' +
    'afterwards, which is why the FDA asks for a sunburn alert on their labels.',
  sources: [SOURCES['fda-aha']],
} as const satisfies Rule;
