import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `profile.avoid`: leaves out every ingredient the profile lists under avoid and reports which step it was
 * removed from.
 * Why: Each person has their own needs, allergies and preferences, and these override every other choice.
 * Source: the Supermood serum article.
 */
export const profileAvoid = {
  id: 'profile.avoid',
  title: 'Never recommend an ingredient the person avoids',
  rationale:
    'Any ingredient listed under avoid, whether for an allergy or a preference, is excluded from ' +
    'every step, and the response names the step that lost it. Skin needs differ from one person to ' +
    "the next, so the person's own exclusions win over every other choice, and saying what was " +
    'dropped keeps the routine transparent.',
  sources: [SOURCES.article],
} as const satisfies Rule;
