import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectionKey } from '../../src/engine/phases/selection-cache.js';
import { recommend } from '../../src/engine/recommend.js';
import type { Profile } from '../../src/engine/types.js';
import { profileArbitrary } from './arbitraries.js';
import { catalogue, snapshotOf } from './fixtures.js';

/**
 * Two profiles with one selection key: the same choices asked with the concerns in another order and
 * everything the key leaves out (lifestyle, start date, weeks, how long a retinoid has been used) free.
 */
const twinsArbitrary: fc.Arbitrary<[Profile, Profile]> = fc
  .tuple(profileArbitrary, profileArbitrary)
  .map(([first, other]) => [
    first,
    {
      ...other,
      skinType: first.skinType,
      sensitive: first.sensitive,
      concerns: [...first.concerns].reverse(),
      pregnancy: first.pregnancy,
      avoid: first.avoid,
      retinoidWeeks: first.retinoidWeeks === 0 ? 0 : Math.max(1, other.retinoidWeeks),
    },
  ]);

/** The answer as a request without `explain` gets it (an explained run always selects afresh). */
const withoutTrace = (profile: Profile, snapshot = catalogue) => {
  const { trace: _trace, ...rest } = recommend(profile, snapshot, { explain: true });
  return rest;
};

describe('the selection kept per catalogue snapshot', () => {
  it('gives a profile the answer a fresh selection gives, after another profile with its key filled it', () => {
    fc.assert(
      fc.property(twinsArbitrary, ([first, second]) => {
        expect(selectionKey(first)).toBe(selectionKey(second));
        // A fresh snapshot per run, so the first profile is the one that fills the kept selection.
        const snapshot = snapshotOf([...catalogue.ingredients]);
        recommend(first, snapshot);
        expect(recommend(second, snapshot)).toEqual(withoutTrace(second, snapshot));
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('is not shared with a new catalogue version: a staff write changes the choice at once', () => {
    const profile: Profile = {
      skinType: 'dry',
      sensitive: false,
      concerns: ['dryness'],
      pregnancy: 'none',
      retinoidWeeks: 0,
      avoid: [],
      lifestyle: { sunExposure: 'moderate', smoker: false, alcohol: false },
      startDate: '2026-12-01',
      weeks: 4,
    };
    const before = recommend(profile, catalogue);
    const chosen = before.routine.pm.find((step) => step.kind === 'moisturize')!.ingredients;
    expect(chosen.length).toBeGreaterThan(0);
    // The same catalogue without the moisturizers just chosen: the next version must choose others.
    const next = snapshotOf(
      catalogue.ingredients.filter((item) => !chosen.includes(item.slug)),
      'next',
    );
    const after = recommend(profile, next);
    const now = after.routine.pm.find((step) => step.kind === 'moisturize')!.ingredients;
    expect(now.some((slug) => chosen.includes(slug))).toBe(false);
    expect(after).toEqual(withoutTrace(profile, next));
  });
});
