import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `hyaluronic.twice-daily`: schedules a chosen hyaluronic-acid serum every morning and evening, never more
 * than twice a day across all its forms, and prefers it for dry skin and for dryness, firmness and fine
 * lines.
 * Why: Twice a day is the most a serum needs, and the hydration helps dry skin look firmer. Source: the
 * Supermood serum article.
 */
export const hyaluronicTwiceDaily = {
  id: 'hyaluronic.twice-daily',
  title: 'Use hyaluronic acid morning and evening, at most twice a day',
  rationale:
    'Once chosen, a hyaluronic-acid serum appears in both the morning and the evening session, and ' +
    'all its catalogue forms together never add up to more than two applications a day. It takes ' +
    'priority over other low-irritation serums when the skin is dry or the profile lists dryness, ' +
    'firmness or fine lines. Two applications a day is the upper limit for a serum, and the water it ' +
    'binds relieves dryness and gives skin a firmer look.',
  sources: [SOURCES.article],
} as const satisfies Rule;
