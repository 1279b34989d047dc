import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `routine.serum-with-basics`: wraps serums in a complete routine: morning cleanse, optional tone, serums,
 * moisturize, sunscreen; evening cleanse, optional tone, serum or treatment, moisturize.
 * Why: A serum works alongside gentle cleansing and a good moisturizer, not instead of them. Source: the
 * Supermood serum article.
 */
export const routineSerumWithBasics = {
  id: 'routine.serum-with-basics',
  title: 'Build serums into a full cleanse, moisturize, protect routine',
  rationale:
    'Serums are never recommended on their own: the morning runs cleanse, optional tone, serum(s), ' +
    'moisturize and sunscreen, and the evening runs cleanse, optional tone, serum or treatment and ' +
    'moisturize. A toner is offered only for oily and combination skin. A serum does its job as part ' +
    'of gentle cleansing and effective moisturizing, not as a replacement for them.',
  sources: [SOURCES.article],
} as const satisfies Rule;
