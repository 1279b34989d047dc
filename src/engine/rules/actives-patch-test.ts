import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `actives.patch-test`: warns, on the date each active is first used, to patch-test it on the inner arm or
 * elbow twice a day for 7-10 days and stop on redness, itching or swelling; for sensitive skin, for every
 * new ingredient.
 * Why: A small test spot catches a reaction before it reaches the face. Source: the Supermood serum
 * article; AAD How to test skin care products before use.
 */
export const activesPatchTest = {
  id: 'actives.patch-test',
  title: 'Patch-test each new active before first use',
  rationale:
    'For each active, dated to its first use, the engine warns to try it on a test patch beforehand: ' +
    'a normal amount on a small area inside the arm or in the crook of the elbow, applied twice ' +
    'daily for 7-10 days, stopping at any redness, itching or swelling. For sensitive skin the ' +
    'warning extends to every new ingredient that appears in a step. Testing on a small area first ' +
    'catches a bad reaction before it affects the face.',
  sources: [SOURCES.article, SOURCES['aad-patch-test']],
} as const satisfies Rule;
