import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Profile, Rule } from '../types.js';

/** Days of the patch window, right before an active's first night on the face. */
export const PATCH_WINDOW_DAYS = 7;
/** Applications a day on the test spot. */
export const PATCH_APPLICATIONS_PER_DAY = 2;

/**
 * Whether a new ingredient of a serum or treatment step gets a patch window: every new active, and for
 * sensitive skin every new serum or treatment ingredient.
 */
export const needsPatchWindow = (active: boolean, isNew: boolean, profile: Profile): boolean =>
  isNew && (active || profile.sensitive);

/** Base steps start on day 1; for sensitive skin a day-1 reminder to patch-test them if they are new. */
export const remindsBaseSteps = (profile: Profile): boolean => profile.sensitive;

export const patchTestWarning = (name: string, windowStart: string, firstUse: string) =>
  message('warning-patch-test', {
    name,
    start: windowStart,
    date: firstUse,
    days: PATCH_WINDOW_DAYS,
    times: PATCH_APPLICATIONS_PER_DAY,
  });

export const BASE_STEPS_WARNING = message('warning-patch-test-base', { times: PATCH_APPLICATIONS_PER_DAY });

/**
 * `actives.patch-test`: every new active gets a patch window, the 7 days right before its first night on
 * the face, shown in the calendar, with a warning dated on the window's first day; for sensitive skin
 * every new serum or treatment ingredient too, and a day-1 reminder for the base steps.
 * Why: a small test spot catches a reaction before it reaches the face. Source: the Supermood serum
 * article; AAD How to test skin care products before use.
 */
export const activesPatchTest = {
  id: 'actives.patch-test',
  reads: ['sensitive', 'retinoidWeeks'],
  params: { windowDays: PATCH_WINDOW_DAYS, timesPerDay: PATCH_APPLICATIONS_PER_DAY },
  sources: [SOURCES.article, SOURCES['aad-patch-test']],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
