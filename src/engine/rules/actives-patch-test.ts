import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Profile, Rule } from '../types.js';

/** How long and how often the patch test runs. */
export const PATCH_DAYS = { from: 7, to: 10 } as const;
export const PATCH_APPLICATIONS_PER_DAY = 2;

/**
 * Whether a new ingredient needs a patch test: every new active, and for sensitive skin every new
 * ingredient of any step.
 */
export const needsPatchTest = (active: boolean, isNew: boolean, profile: Profile): boolean =>
  isNew && (active || profile.sensitive);

export const patchTestWarning = (name: string, date: string) =>
  message('warning-patch-test', {
    name,
    date,
    from: PATCH_DAYS.from,
    to: PATCH_DAYS.to,
    times: PATCH_APPLICATIONS_PER_DAY,
  });

/**
 * `actives.patch-test`: warns, on the date each active is first used, to patch-test it on the inner arm
 * or elbow twice a day for 7-10 days and stop on redness, itching or swelling; for sensitive skin, for
 * every new ingredient.
 * Why: a small test spot catches a reaction before it reaches the face. Source: the Supermood serum
 * article; AAD How to test skin care products before use.
 */
export const activesPatchTest = {
  id: 'actives.patch-test',
  title: 'Patch-test each new active before first use',
  rationale:
    'For each active, dated to its first use, the engine warns to try it on a test patch beforehand: ' +
    'a normal amount on a small area inside the arm or in the crook of the elbow, applied ' +
    `${PATCH_APPLICATIONS_PER_DAY} times a day for ${PATCH_DAYS.from}-${PATCH_DAYS.to} days, ` +
    'stopping at any redness, itching or swelling. For sensitive skin the warning extends to every ' +
    'new ingredient that appears in a step. Testing on a small area first catches a bad reaction ' +
    'before it affects the face.',
  sources: [SOURCES.article, SOURCES['aad-patch-test']],
} as const satisfies Rule;
