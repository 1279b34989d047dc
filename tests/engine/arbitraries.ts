import fc from 'fast-check';
import { isoFromDays } from '../../src/engine/dates.js';
import type { Profile } from '../../src/engine/types.js';
import { CONCERNS, PREGNANCY_STATUSES, SKIN_TYPES, SUN_EXPOSURES } from '../../src/engine/vocabulary.js';
import { catalogue } from './fixtures.js';

const slugs = catalogue.ingredients.map((item) => item.slug);

/** Any valid profile against the seed catalogue, without own products or check-ins. */
export const profileArbitrary: fc.Arbitrary<Profile> = fc.record({
  skinType: fc.constantFrom(...SKIN_TYPES),
  sensitive: fc.boolean(),
  concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { minLength: 1, maxLength: 5 }),
  pregnancy: fc.constantFrom(...PREGNANCY_STATUSES),
  retinoidWeeks: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 520 })),
  avoid: fc.uniqueArray(fc.constantFrom(...slugs), { maxLength: 6 }),
  lifestyle: fc.record({
    sunExposure: fc.constantFrom(...SUN_EXPOSURES),
    smoker: fc.boolean(),
    alcohol: fc.boolean(),
  }),
  // 2000-01-01 .. 2099-12-31
  startDate: fc.integer({ min: 10957, max: 47481 }).map(isoFromDays),
  weeks: fc.integer({ min: 1, max: 52 }),
});
