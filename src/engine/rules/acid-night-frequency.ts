import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `acid.night-frequency`: schedules an exfoliating acid in the evening only, at most once a week for its
 * first 4 weeks and then at most twice (once for dry or sensitive skin), and prefers gentler AHAs to
 * glycolic for sensitive skin.
 * Why: Exfoliating too often damages the skin barrier and adds to sun sensitivity. Source: US FDA AHA
 * labeling guidance; AAD How to safely exfoliate at home.
 */
export const acidNightFrequency = {
  id: 'acid.night-frequency',
  title: 'Limit exfoliating acids to one or two evenings a week',
  rationale:
    'An exfoliating acid (AHA, BHA or PHA, photosensitizing or not) is scheduled only in the ' +
    'evening: no more than 1 night a week during the first 4 weeks after its first use, and no more ' +
    'than 2 after that, or 1 for dry or sensitive skin. The engine reaches for one when the profile ' +
    'lists texture, dullness, pores or dark spots, and for sensitive skin it skips glycolic acid ' +
    'whenever lactic or mandelic acid is available and not avoided. Over-exfoliating harms the skin ' +
    'barrier and raises sun sensitivity, and the milder AHAs treat the same concerns.',
  sources: [SOURCES['fda-aha'], SOURCES['aad-exfoliation']],
} as const satisfies Rule;
