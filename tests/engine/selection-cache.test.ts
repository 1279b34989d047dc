import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDays } from '../../src/engine/dates.js';
import { selectionKey } from '../../src/engine/phases/selection-cache.js';
import { recommend } from '../../src/engine/recommend.js';
import type { Profile } from '../../src/engine/types.js';
import { CONCERNS, PREGNANCY_STATUSES, SKIN_TYPES, SUN_EXPOSURES } from '../../src/engine/vocabulary.js';
import { catalogue, snapshotOf } from './fixtures.js';

const slugs = catalogue.ingredients.map((item) => item.slug);

/** What the selection key leaves out: these may differ between two profiles sharing a kept selection. */
const restArbitrary = fc.record({
  lifestyle: fc.record({
    sunExposure: fc.constantFrom(...SUN_EXPOSURES),
    smoker: fc.boolean(),
    alcohol: fc.boolean(),
  }),
  startDate: fc.integer({ min: 10957, max: 47481 }).map(isoFromDays),
  weeks: fc.integer({ min: 1, max: 52 }),
  experienced: fc.integer({ min: 1, max: 520 }),
});

/** Two profiles with one selection key: the same choices asked with different words and plans. */
const twinsArbitrary: fc.Arbitrary<[Profile, Profile]> = fc
  .record({
    skinType: fc.constantFrom(...SKIN_TYPES),
    sensitive: fc.boolean(),
    concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { minLength: 1, maxLength: 5 }),
    pregnancy: fc.constantFrom(...PREGNANCY_STATUSES),
    newToRetinoids: fc.boolean(),
    avoid: fc.uniqueArray(fc.constantFrom(...slugs), { maxLength: 4 }),
    first: restArbitrary,
    second: restArbitrary,
  })
  .map(({ newToRetinoids, first, second, concerns, ...shared }) => {
    const profile = (rest: typeof first, order: typeof concerns): Profile => ({
      ...shared,
      concerns: order,
      retinoidWeeks: newToRetinoids ? 0 : rest.experienced,
      lifestyle: rest.lifestyle,
      startDate: rest.startDate,
      weeks: rest.weeks,
    });
    return [profile(first, concerns), profile(second, [...concerns].reverse())];
  });

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
