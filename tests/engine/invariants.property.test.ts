import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDays } from '../../src/engine/dates.js';
import { recommend } from '../../src/engine/recommend.js';
import { RULE_IDS } from '../../src/engine/rules/index.js';
import type { CatalogueSnapshot, Ingredient, Profile, Recommendation } from '../../src/engine/types.js';
import {
  CONCERNS,
  INGREDIENT_CLASSES,
  IRRITATION_LEVELS,
  PREGNANCY_STATUSES,
  SKIN_TYPES,
  SUN_EXPOSURES,
} from '../../src/engine/vocabulary.js';
import { rendererFor } from '../../src/messages/render.js';
import { renderRecommendation } from '../../src/recommendations/render-recommendation.js';
import { catalogue, seedIngredients, snapshotOf } from './fixtures.js';

const slugs = catalogue.ingredients.map((item) => item.slug);

const profileArbitrary: fc.Arbitrary<Profile> = fc.record({
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

// The ramp as guidance.md states it, written out independently of the engine.
function expectedRetinoidNights(weekOfUse: number, sensitive: boolean): number | 'every' {
  const stages = sensitive
    ? [
        [4, 1],
        [8, 2],
        [12, 3],
        [16, 4],
      ]
    : [
        [2, 2],
        [4, 3],
        [8, 4],
      ];
  for (const [last, nights] of stages) if (weekOfUse <= last!) return nights!;
  return 'every';
}

/** A cheap assertion for the per-day loops (expect() is too slow to call thousands of times a run). */
function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function check(profile: Profile, rec: Recommendation, snapshot: CatalogueSnapshot = catalogue): void {
  const facts = (slug: string) => snapshot.bySlug.get(slug)!;
  const isRetinoid = (slug: string) => facts(slug).class === 'retinoid';
  const isAcid = (slug: string) => ['aha', 'bha', 'pha'].includes(facts(slug).class);
  const isActive = (slug: string) => facts(slug).irritation !== 'low';
  const { calendar } = rec;
  expect(calendar).toHaveLength(profile.weeks * 7);
  expect(calendar[0]!.date).toBe(profile.startDate);

  const retinoidNightsByWeek = new Array<number>(profile.weeks).fill(0);
  const acidNightsByWeek = new Array<number>(profile.weeks).fill(0);
  const firstUse = new Map<string, number>();
  const acidDays: number[] = [];
  const retinoidDays: number[] = [];

  calendar.forEach((day, index) => {
    assert(day.week === Math.floor(index / 7) + 1, `week of day ${index}`);
    // No photosensitizer in any morning.
    for (const slug of day.am) assert(!facts(slug).photosensitizing, `${slug} in the morning of ${day.date}`);
    // Never a retinoid with an acid, or two acids, in one session.
    for (const session of [day.am, day.pm]) {
      const acids = session.filter(isAcid).length;
      assert(acids + session.filter(isRetinoid).length <= 1, `stacked actives on ${day.date}`);
    }
    // Nothing above its daily limit; a family (all hyaluronic acid forms) counts as one.
    const uses = new Map<string, { count: number; max: number }>();
    for (const slug of [...day.am, ...day.pm]) {
      const key = facts(slug).family ?? slug;
      const entry = uses.get(key) ?? { count: 0, max: 2 };
      entry.count++;
      entry.max = Math.min(entry.max, facts(slug).maxApplicationsPerDay);
      uses.set(key, entry);
    }
    for (const [key, { count, max }] of uses) assert(count <= max, `${key} ${count}× on ${day.date}`);
    // Nothing the person avoids.
    for (const slug of [...day.am, ...day.pm]) assert(!profile.avoid.includes(slug), `avoided ${slug} used`);

    if (day.pm.some(isRetinoid)) {
      retinoidNightsByWeek[day.week - 1]!++;
      retinoidDays.push(index);
    }
    if (day.pm.some(isAcid)) {
      acidNightsByWeek[day.week - 1]!++;
      acidDays.push(index);
    }
    for (const slug of [...day.am, ...day.pm]) if (!firstUse.has(slug)) firstUse.set(slug, index);
  });

  const routine = [...rec.routine.am, ...rec.routine.pm];
  const named = new Set(routine.flatMap((step) => step.ingredients));
  for (const slug of profile.avoid) expect(named.has(slug)).toBe(false);

  // No retinoid when pregnant or trying.
  if (profile.pregnancy === 'pregnant' || profile.pregnancy === 'trying') {
    expect([...named].some(isRetinoid)).toBe(false);
    expect(retinoidDays).toHaveLength(0);
  }

  // The exact weekly retinoid counts of the ramp.
  if (retinoidDays.length > 0) {
    for (let week = 1; week <= profile.weeks; week++) {
      const expected = expectedRetinoidNights(profile.retinoidWeeks + week, profile.sensitive);
      const got = retinoidNightsByWeek[week - 1]!;
      if (expected === 'every') expect(got + acidNightsByWeek[week - 1]!).toBe(7);
      else expect(got, `week ${week}`).toBe(expected);
    }
    for (let i = 1; i < retinoidDays.length; i++) {
      if (retinoidDays[i]! - retinoidDays[i - 1]! === 1) {
        expect(retinoidNightsByWeek[Math.floor(retinoidDays[i]! / 7)]!).toBeGreaterThanOrEqual(4);
      }
    }
  }

  // Acid-night caps, in weeks counted from the acid's first night.
  if (acidDays.length > 0) {
    const first = acidDays[0]!;
    const perAcidWeek = new Map<number, number>();
    for (const day of acidDays) {
      const week = Math.floor((day - first) / 7) + 1;
      perAcidWeek.set(week, (perAcidWeek.get(week) ?? 0) + 1);
    }
    for (const [week, count] of perAcidWeek) {
      const cap = week <= 4 || profile.skinType === 'dry' || profile.sensitive ? 1 : 2;
      expect(count, `acid week ${week}`).toBeLessThanOrEqual(cap);
    }
  }

  // First uses of new actives of the serum and treatment steps spaced 14 (sensitive: 28) days, each
  // with a patch-test warning that day (base steps are never spaced).
  const spacing = profile.sensitive ? 28 : 14;
  const treated = new Set(
    routine
      .filter((step) => step.kind === 'serum' || step.kind === 'treatment')
      .flatMap((step) => step.ingredients),
  );
  const newActives = [...firstUse.entries()]
    .filter(
      ([slug]) => treated.has(slug) && isActive(slug) && !(isRetinoid(slug) && profile.retinoidWeeks > 0),
    )
    .sort((a, b) => a[1] - b[1]);
  for (let i = 1; i < newActives.length; i++) {
    expect(newActives[i]![1] - newActives[i - 1]![1]).toBeGreaterThanOrEqual(spacing);
  }
  for (const [slug, day] of newActives) {
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'patch-test', ingredient: slug, date: calendar[day]!.date }),
    );
  }
  // Low-irritation ingredients start on day 1 (a retinoid or acid follows its own nights).
  for (const [slug, day] of firstUse)
    if (!isActive(slug) && !isRetinoid(slug) && !isAcid(slug)) expect(day).toBe(0);

  // Every rule id named anywhere is one the API serves.
  const ids = [
    ...rec.rulesApplied,
    ...routine.flatMap((step) => step.ruleIds),
    ...rec.warnings.flatMap((w) => w.ruleIds),
    ...rec.expectations.flatMap((e) => e.ruleIds),
    ...rec.lifestyle.flatMap((l) => l.ruleIds),
  ];
  for (const id of ids) assert(RULE_IDS.includes(id as (typeof RULE_IDS)[number]), `unknown rule id ${id}`);
  for (const item of [...routine, ...rec.warnings, ...rec.expectations])
    expect(item.ruleIds.length).toBeGreaterThan(0);
  expect(rec.expectations.map((e) => e.concern)).toEqual(profile.concerns);

  // Sensitive skin never gets a high-irritation acid.
  if (profile.sensitive) {
    for (const slug of named)
      assert(!(isAcid(slug) && facts(slug).irritation === 'high'), `${slug} for sensitive skin`);
  }
  // Every message renders: no code without text, no placeholder without its value.
  const rendered = renderRecommendation(rec, rendererFor('en'));
  for (const step of [...rendered.routine.am, ...rendered.routine.pm]) {
    assert(step.frequency.length > 0 && !step.frequency.includes('{'), `frequency of ${step.kind}`);
  }
}

/** An ingredient staff might add tomorrow: any class, any facts, possibly a new hyaluronic-acid form. */
const staffIngredientArbitrary: fc.Arbitrary<Ingredient> = fc.record({
  slug: fc.constant('aaa-staff-added'),
  name: fc.constant('Staff Added'),
  inciName: fc.constant('STAFF ADDED'),
  class: fc.constantFrom(...INGREDIENT_CLASSES),
  family: fc.constantFrom(null, 'hyaluronic-acid', 'vitamin-c'),
  rank: fc.integer({ min: 0, max: 200 }),
  concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { minLength: 1, maxLength: 4 }),
  photosensitizing: fc.boolean(),
  irritation: fc.constantFrom(...IRRITATION_LEVELS),
  maxApplicationsPerDay: fc.constantFrom(1 as const, 2 as const),
  pregnancySafe: fc.boolean(),
  skinTypes: fc.uniqueArray(fc.constantFrom(...SKIN_TYPES), { minLength: 1, maxLength: 4 }),
  casNumber: fc.constant(null),
  ecNumber: fc.constant(null),
  notes: fc.constant(''),
  updatedAt: fc.constant('2026-11-01T00:00:00.000Z'),
});

describe('invariants over random valid profiles and the seed catalogue', () => {
  it('hold for every profile', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        check(profile, recommend(profile, catalogue));
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });

  it('hold with any ingredient staff add, decided from its facts alone', () => {
    fc.assert(
      fc.property(staffIngredientArbitrary, profileArbitrary, (added, profile) => {
        const snapshot = snapshotOf([...seedIngredients, added]);
        const shortProfile = { ...profile, avoid: profile.avoid.filter((slug) => slug !== added.slug) };
        check(shortProfile, recommend(shortProfile, snapshot), snapshot);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('are deterministic: the same profile gives the same answer, byte for byte', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(JSON.stringify(recommend(profile, catalogue))).toBe(
          JSON.stringify(recommend(profile, catalogue)),
        );
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
