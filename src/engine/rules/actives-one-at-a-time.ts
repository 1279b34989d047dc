import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import { PATCH_WINDOW_DAYS } from './actives-patch-test.js';

/** Days between the first uses of two new actives. */
export const SPACING_DAYS = { standard: 14, sensitive: 28 } as const;
/** The first day (0-based) a new active can touch the face: the day after its patch window. */
export const FIRST_NEW_DAY = PATCH_WINDOW_DAYS;

export const spacingDays = (sensitive: boolean): number =>
  sensitive ? SPACING_DAYS.sensitive : SPACING_DAYS.standard;

/** The earliest day (0-based) the next new active may start, given the previous one's first day. */
export const nextNewActiveDay = (previousFirstUse: number | undefined, sensitive: boolean): number =>
  previousFirstUse === undefined
    ? FIRST_NEW_DAY
    : Math.max(FIRST_NEW_DAY, previousFirstUse + spacingDays(sensitive));

/** Whether a first use waits for the spacing after another new active, not only for its own patch window. */
export const waitsForSpacing = (firstUse: number): boolean => firstUse > FIRST_NEW_DAY;

export const STARTS_LATER_NOTE = message('starts-after-previous-active');

/**
 * `actives.one-at-a-time`: introduces new actives one at a time, first uses at least 14 days apart (28
 * for sensitive skin); low-irritation ingredients start on day 1 (for sensitive skin, serums after their
 * patch window); a retinoid comes first, on day 8 when new.
 * Why: skin adjusts to each, and a reaction can be traced. Source: the Supermood serum article.
 */
export const activesOneAtATime = {
  id: 'actives.one-at-a-time',
  reads: ['sensitive', 'retinoidWeeks'],
  params: {
    standardDays: SPACING_DAYS.standard,
    sensitiveDays: SPACING_DAYS.sensitive,
    retinoidDay: FIRST_NEW_DAY + 1,
  },
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
