import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDays, parseIsoDate } from '../../src/engine/dates.js';
import { recommend } from '../../src/engine/recommend.js';
import { RULE_IDS } from '../../src/engine/rules/index.js';
import type {
  CatalogueSnapshot,
  Ingredient,
  OwnProduct,
  Profile,
  Recommendation,
} from '../../src/engine/types.js';
import {
  CONCERNS,
  INGREDIENT_CLASSES,
  IRRITATION_LEVELS,
  REACTIONS,
  SEVERITIES,
  SKIN_TYPES,
  STEP_KINDS,
} from '../../src/engine/vocabulary.js';
import { rendererFor } from '../../src/messages/render.js';
import { renderRecommendation } from '../../src/recommendations/render-recommendation.js';
import { profileArbitrary } from './arbitraries.js';
import { catalogue, seedIngredients, snapshotOf } from './fixtures.js';

const slugs = catalogue.ingredients.map((item) => item.slug);

// Ingredients a check-in may name: the actives the seed chooses, one that is never chosen with them, a
// non-active; null is "whatever was applied that day or the day before".
const CHECK_IN_INGREDIENTS = [
  null,
  null,
  'retinol',
  'retinal',
  'salicylic-acid',
  'lactic-acid',
  'mandelic-acid',
  'gluconolactone',
  'ascorbic-acid',
  'glycolic-acid',
  'sodium-hyaluronate',
];

/** A profile with up to 8 random check-ins inside its schedule, in any order. */
const checkedInProfileArbitrary: fc.Arbitrary<Profile> = profileArbitrary.chain((profile) =>
  fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: profile.weeks * 7 - 1 }),
        reaction: fc.constantFrom(...REACTIONS),
        severity: fc.constantFrom(...SEVERITIES),
        ingredient: fc.constantFrom(...CHECK_IN_INGREDIENTS),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((list) => ({
      ...profile,
      checkIns: list.map(({ day, reaction, severity, ingredient }) => ({
        date: isoFromDays(parseIsoDate(profile.startDate)! + day),
        reaction,
        severity,
        ingredients: ingredient === null ? null : [ingredient],
      })),
    })),
);

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
  // guidance.md's "active": every retinoid and exfoliating acid, and anything medium or high.
  const isActive = (slug: string) => isRetinoid(slug) || isAcid(slug) || facts(slug).irritation !== 'low';
  const redness = profile.concerns.includes('redness');
  const ownProducts = profile.ownProducts ?? [];
  const gentle = profile.sensitive || redness;
  const { calendar } = rec;
  expect(calendar).toHaveLength(profile.weeks * 7);
  // Check-ins change the plan from the day after each: the first planned ramp and caps hold up to there.
  const start = parseIsoDate(profile.startDate)!;
  const checkIns = (profile.checkIns ?? []).map((c) => ({ ...c, day: parseIsoDate(c.date)! - start }));
  const horizon = Math.min(calendar.length, ...checkIns.map((c) => c.day + 1));
  const routine = [...rec.routine.am, ...rec.routine.pm];
  // Slugs an own product brings: its steps start with the product, so per-slug first uses are the
  // product's, checked per product below; the per-slug checks are for what the catalogue picked.
  const ownSlugs = new Set(
    routine.filter((step) => step.products.length > 0).flatMap((step) => step.ingredients),
  );
  const picked = (slug: string) => !ownSlugs.has(slug);
  /** The step of a session that names a slug, by index (retinoids and acids are named by one step). */
  const holders = (session: 'am' | 'pm', slug: string) =>
    rec.routine[session].flatMap((step, index) => (step.ingredients.includes(slug) ? [index] : []));
  expect(calendar[0]!.date).toBe(profile.startDate);

  const firstUse = new Map<string, number>();
  const patchDays = new Map<string, number[]>();
  const acidDays: number[] = [];
  const retinoidDays: number[] = [];

  calendar.forEach((day, index) => {
    assert(day.week === Math.floor(index / 7) + 1, `week of day ${index}`);
    // No photosensitizer in any morning.
    for (const slug of day.am) assert(!facts(slug).photosensitizing, `${slug} in the morning of ${day.date}`);
    // Never a retinoid with an acid, or two acids, in one session: one step (one product, or one
    // catalogue ingredient) holds them, and only one such step goes on.
    for (const [session, list] of [
      ['am', day.am],
      ['pm', day.pm],
    ] as const) {
      const steps = new Set<number>();
      for (const slug of list.filter((slug) => isAcid(slug) || isRetinoid(slug))) {
        const held = holders(session, slug);
        assert(held.length === 1, `${slug} named by ${held.length} ${session} steps`);
        steps.add(held[0]!);
      }
      assert(steps.size <= 1, `stacked actives on ${day.date} ${session}`);
    }
    // Nothing above its daily limit: applications a day are the sessions it goes on in (each slug is
    // listed once a session), and a family (all hyaluronic acid forms) counts as one.
    const uses = new Map<string, { sessions: Set<string>; max: number }>();
    for (const [session, list] of [
      ['am', day.am],
      ['pm', day.pm],
    ] as const) {
      assert(new Set(list).size === list.length, `a slug listed twice on ${day.date} ${session}`);
      for (const slug of list) {
        const key = facts(slug).family ?? slug;
        const entry = uses.get(key) ?? { sessions: new Set<string>(), max: 2 };
        entry.sessions.add(session);
        entry.max = Math.min(entry.max, facts(slug).maxApplicationsPerDay);
        uses.set(key, entry);
      }
    }
    for (const [key, { sessions, max }] of uses)
      assert(sessions.size <= max, `${key} in ${sessions.size} sessions on ${day.date}`);
    // Nothing the person avoids.
    for (const slug of [...day.am, ...day.pm]) assert(!profile.avoid.includes(slug), `avoided ${slug} used`);
    // A patch test is never of something already on the face that day.
    for (const slug of day.patch.filter(picked))
      assert(!day.am.includes(slug) && !day.pm.includes(slug), `${slug} patch-tested while in use`);

    if (day.pm.some(isRetinoid)) retinoidDays.push(index);
    if (day.pm.some(isAcid)) acidDays.push(index);
    for (const slug of [...day.am, ...day.pm]) if (!firstUse.has(slug)) firstUse.set(slug, index);
    for (const slug of day.patch) patchDays.set(slug, [...(patchDays.get(slug) ?? []), index]);
  });

  const named = new Set(routine.flatMap((step) => step.ingredients));
  for (const slug of profile.avoid) expect(named.has(slug)).toBe(false);
  // Only ingredients made for this skin type (a person's own products are theirs to choose).
  for (const slug of [...named].filter(picked))
    assert(facts(slug).skinTypes.includes(profile.skinType), `${slug} skin type`);

  // No retinoid, and nothing not safe in pregnancy, when pregnant or trying.
  if (profile.pregnancy === 'pregnant' || profile.pregnancy === 'trying') {
    expect([...named].some(isRetinoid)).toBe(false);
    expect(retinoidDays).toHaveLength(0);
    for (const slug of named) assert(facts(slug).pregnancySafe, `${slug} in pregnancy`);
  }

  // Per week of use, counted from an ingredient's own first night: the nights in each full week.
  const perUseWeek = (days: number[], origin: number): number[] => {
    const counts = new Array<number>(Math.max(0, Math.floor((horizon - origin) / 7))).fill(0);
    for (const day of days) {
      const week = Math.floor((day - origin) / 7);
      if (week < counts.length) counts[week]!++;
    }
    return counts;
  };

  // The exact weekly retinoid counts of the ramp, in weeks of use.
  if (retinoidDays.length > 0) {
    const origin = retinoidDays[0]!;
    const retinoidWeeks = perUseWeek(retinoidDays, origin);
    const acidWeeks = perUseWeek(acidDays, origin);
    retinoidWeeks.forEach((got, week) => {
      const expected = expectedRetinoidNights(profile.retinoidWeeks + week + 1, gentle);
      if (expected === 'every') expect(got + acidWeeks[week]!, `use week ${week + 1}`).toBe(7);
      else expect(got, `use week ${week + 1}`).toBe(expected);
    });
    for (let i = 1; i < retinoidDays.length; i++) {
      const week = Math.floor((retinoidDays[i]! - origin) / 7);
      if (retinoidDays[i]! - retinoidDays[i - 1]! === 1 && week < retinoidWeeks.length)
        expect(retinoidWeeks[week]!).toBeGreaterThanOrEqual(4);
    }
    // After check-ins too, two nights in a row only where a week around the later one holds at least 4.
    const isNight = new Set(retinoidDays);
    for (const day of retinoidDays) {
      if (!isNight.has(day - 1)) continue;
      let most = 0;
      for (let from = day - 6; from <= day; from++) {
        let n = 0;
        for (let d = from; d < from + 7; d++) if (isNight.has(d)) n++;
        most = Math.max(most, n);
      }
      // A check-in that cuts the week (a stop, a step back) leaves it short of the nights it had.
      const cut = rec.adjustments.some((a) => {
        const effect = parseIsoDate(a.date)! - start + 1;
        return isRetinoid(a.ingredient) && effect >= day - 6 && effect <= day + 7;
      });
      assert(most >= 4 || cut, `retinoid nights ${day - 1} and ${day} in a row in a week of ${most}`);
    }
  }

  // Acid-night caps, in weeks of use; none at all with redness.
  if (redness) expect(acidDays).toHaveLength(0);
  if (acidDays.length > 0) {
    const first = acidDays[0]!;
    const perAcidWeek = new Map<number, number>();
    for (const day of acidDays) {
      if (day >= horizon) continue;
      const week = Math.floor((day - first) / 7) + 1;
      perAcidWeek.set(week, (perAcidWeek.get(week) ?? 0) + 1);
    }
    for (const [week, count] of perAcidWeek) {
      const cap = week <= 4 || profile.skinType === 'dry' || profile.sensitive ? 1 : 2;
      expect(count, `acid week ${week}`).toBeLessThanOrEqual(cap);
    }
  }

  // Patch windows: every new active (for sensitive skin every serum or treatment ingredient) is
  // patch-tested on exactly the 7 days before its first use, warned on the first of them.
  const treatedSteps = routine.filter((step) => step.kind === 'serum' || step.kind === 'treatment');
  const treated = new Set(treatedSteps.flatMap((step) => step.ingredients));
  const isNew = (slug: string) => !(isRetinoid(slug) && profile.retinoidWeeks > 0);
  const windowed = (slug: string) =>
    treated.has(slug) && isNew(slug) && (profile.sensitive || isActive(slug));
  for (const [slug, day] of firstUse) {
    if (!picked(slug)) continue;
    if (!windowed(slug)) {
      assert(!patchDays.has(slug), `${slug} patch-tested without needing it`);
      continue;
    }
    assert(day >= 7, `${slug} on the face on day ${day + 1}, before a full patch window`);
    expect(patchDays.get(slug), slug).toEqual([
      day - 7,
      day - 6,
      day - 5,
      day - 4,
      day - 3,
      day - 2,
      day - 1,
    ]);
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'patch-test', ingredient: slug, date: calendar[day - 7]!.date }),
    );
  }
  // A window is for something that then starts inside the schedule, or that is deferred past its end:
  // then its window holds the days before the deferred first use that the schedule still has.
  const dayOf = new Map(calendar.map((day, index) => [day.date, index]));
  for (const [slug, days] of patchDays) {
    if (firstUse.has(slug)) continue;
    const deferred = rec.warnings.find((w) => w.code === 'deferred' && w.ingredient === slug);
    assert(deferred?.date != null, `${slug} patch-tested but neither used nor deferred`);
    const first = parseIsoDate(deferred.date)! - parseIsoDate(calendar[0]!.date)!;
    assert(!dayOf.has(deferred.date) && first >= calendar.length, `${slug} deferred inside the schedule`);
    const window = Array.from({ length: 7 }, (_, k) => first - 7 + k).filter((day) => day < calendar.length);
    expect(days, slug).toEqual(window);
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'patch-test', ingredient: slug, date: calendar[first - 7]!.date }),
    );
  }

  // Own products, product by product: first uses (read off a slug only that product's step names),
  // patch windows and spacing follow from what each holds.
  const productFirstUse: [string, number][] = [];
  for (const step of treatedSteps.filter((s) => s.products.length > 0)) {
    assert(step.products.length === 1, `${step.kind} step with ${step.products.length} products`);
    const own = ownProducts.find((product) => product.name === step.products[0]!.name)!;
    expect(step.ingredients).toEqual([...new Set(own.slugs)]);
    const marker = step.ingredients.find(
      (slug) =>
        isActive(slug) &&
        routine
          .filter((other) => other.ingredients.includes(slug))
          .every((o) => o.products[0]?.name === own.name),
    );
    if (marker === undefined || !firstUse.has(marker)) continue;
    const first = firstUse.get(marker)!;
    // Someone on a retinoid is taken to be using their own retinoid product already: not new.
    if (!step.ingredients.every(isNew)) continue;
    assert(first >= 7, `${own.name} on the face on day ${first + 1}, before a full patch window`);
    for (let day = first - 7; day < first; day++)
      assert(
        calendar[day]!.patch.some((slug) => step.ingredients.includes(slug)),
        `${own.name} not patch-tested on day ${day + 1}`,
      );
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'patch-test', date: calendar[first - 7]!.date }),
    );
    if (!productFirstUse.some(([name]) => name === own.name)) productFirstUse.push([own.name, first]);
  }
  // Every own product is used, or a warning names it: none is dropped in silence.
  const used = new Set(routine.flatMap((step) => step.products.map((product) => product.name)));
  for (const own of ownProducts) {
    if (used.has(own.name)) continue;
    const named = rec.warnings.some(
      (w) =>
        ['product-conflict', 'product-unknown-ingredients', 'deferred'].includes(w.code) &&
        JSON.stringify(w.message.params).includes(JSON.stringify(own.name)),
    );
    assert(named, `${own.name} left out without a warning`);
  }
  for (const own of ownProducts.filter((product) => product.unknown.length > 0))
    assert(
      rec.warnings.some(
        (w) => w.code === 'product-unknown-ingredients' && w.message.params?.name === own.name,
      ),
      `${own.name}: unknown entries not named`,
    );

  // First uses of new actives spaced 14 (sensitive: 28) days.
  const spacing = profile.sensitive ? 28 : 14;
  const newActives = [
    ...[...firstUse.entries()].filter(
      ([slug]) => picked(slug) && treated.has(slug) && isActive(slug) && isNew(slug),
    ),
    ...productFirstUse,
  ].sort((a, b) => a[1] - b[1]);
  for (let i = 1; i < newActives.length; i++) {
    expect(newActives[i]![1] - newActives[i - 1]![1]).toBeGreaterThanOrEqual(spacing);
  }
  // Non-actives start on day 1, except serums of sensitive skin, which start after their window.
  for (const [slug, day] of firstUse)
    if (picked(slug) && !isActive(slug))
      expect(day, slug).toBe(profile.sensitive && treated.has(slug) ? 7 : 0);

  // At most two serum steps in a session.
  for (const session of [rec.routine.am, rec.routine.pm])
    expect(session.filter((step) => step.kind === 'serum').length).toBeLessThanOrEqual(2);

  // Sunscreen last every morning, over every area any step treats, broad-spectrum or generic and said.
  const sunscreen = rec.routine.am.at(-1)!;
  expect(sunscreen.kind).toBe('sunscreen');
  const areas = new Set(routine.flatMap((step) => step.areas));
  for (const area of areas) expect(sunscreen.areas).toContain(area);
  const spectra = new Set(sunscreen.ingredients.map((slug) => facts(slug).uvSpectrum));
  const broad = spectra.has('broad') || (spectra.has('uva') && spectra.has('uvb'));
  if (!broad) {
    if (sunscreen.products.length === 0) expect(sunscreen.ingredients).toEqual([]);
    expect(rec.warnings.some((w) => w.code === 'no-uv-filter')).toBe(true);
  }
  if (sunscreen.products.length === 0)
    for (const slug of sunscreen.ingredients) expect(facts(slug).class).toBe('uv-filter');

  // Gentle only: no high irritation for sensitive skin or redness; with redness, no harsh antioxidant.
  if (gentle) for (const slug of named) assert(facts(slug).irritation !== 'high', `${slug} for gentle skin`);
  if (redness)
    for (const slug of named)
      if (facts(slug).class === 'antioxidant')
        assert(facts(slug).irritation === 'low', `${slug} for redness`);

  // A limited-evidence serum or treatment only for a concern nothing better supported in it serves.
  for (const slug of [...treated].filter(picked)) {
    if (facts(slug).evidence.grade !== 'limited') continue;
    const others = [...treated].filter(
      (other) => other !== slug && facts(other).evidence.grade !== 'limited',
    );
    const alone = facts(slug).concerns.some(
      (concern) =>
        profile.concerns.includes(concern) && !others.some((o) => facts(o).concerns.includes(concern)),
    );
    assert(alone, `${slug} (limited evidence) where stronger picks serve its concerns`);
  }

  // Every step holding an active states a strength to start with.
  for (const step of treatedSteps)
    if (step.ingredients.some(isActive))
      expect(step.strength, `strength of ${step.ingredients}`).not.toBeNull();

  // A concern no chosen ingredient serves is said, not left to look treated (an ingredient deferred past
  // the schedule has its own warning, saying when it would start).
  // A deferred own product would bring all it holds.
  const deferred = rec.warnings
    .filter((w) => w.code === 'deferred')
    .flatMap(
      (w) => ownProducts.find((product) => product.name === w.message.params?.name)?.slugs ?? [w.ingredient!],
    );
  const served = new Set([...named, ...deferred].flatMap((slug) => facts(slug).concerns));
  const said = new Set(
    rec.warnings
      .filter((w) => w.code === 'concern-uncovered')
      .map((w) => (w.message.params!.concern as { code: string }).code.replace('concern-', '')),
  );
  for (const concern of profile.concerns) if (!served.has(concern)) expect(said, concern).toContain(concern);

  // Check-ins: what each implicates is read off the calendar (what it names that has started, or every
  // active applied that day or the day before); a stop keeps each off for the next 7 days, a moderate
  // reaction to an acid keeps acid nights off for 14, and every stop is warned about on its date.
  const activeSlugs = [...treated].filter(isActive);
  const usedOn = (slug: string, day: number) =>
    day >= 0 && (calendar[day]!.am.includes(slug) || calendar[day]!.pm.includes(slug));
  for (const c of checkIns) {
    const named = c.ingredients;
    const implicated = activeSlugs.filter((slug) =>
      named === null
        ? usedOn(slug, c.day) || usedOn(slug, c.day - 1)
        : named.includes(slug) && (firstUse.get(slug) ?? Infinity) <= c.day,
    );
    const off = (slug: string, days: number) => {
      for (let d = c.day + 1; d <= c.day + days && d < calendar.length; d++)
        assert(
          !usedOn(slug, d),
          `${slug} used on day ${d}, within ${days} days of a ${c.severity} ${c.reaction} on day ${c.day}`,
        );
    };
    if (c.severity === 'severe' || c.reaction === 'burning' || c.reaction === 'swelling') {
      for (const slug of implicated) off(slug, 7);
      assert(
        rec.warnings.some((w) => w.code === 'stop-and-seek-advice' && w.date === c.date),
        `no stop-and-seek-advice warning on ${c.date}`,
      );
    } else if (c.severity === 'moderate' && c.reaction !== 'breakout') {
      for (const slug of implicated) if (isAcid(slug)) off(slug, 14);
    }
  }
  for (const [i, adjustment] of rec.adjustments.entries()) {
    // A step back starts with a night off, so no two nights fall in a row across it.
    const effect = parseIsoDate(adjustment.date)! - start + 1;
    if (adjustment.action === 'step-back' && effect < calendar.length)
      assert(
        !calendar[effect]!.pm.includes(adjustment.ingredient),
        `retinoid the night after ${adjustment.date}`,
      );
    assert(
      named.has(adjustment.ingredient),
      `adjusted ${adjustment.ingredient}, which the routine does not name`,
    );
    assert(adjustment.until > adjustment.date, `adjustment of ${adjustment.date} ends before it starts`);
    if (i > 0) assert(adjustment.date >= rec.adjustments[i - 1]!.date, 'adjustments out of date order');
  }

  // Every rule id named anywhere is one the API serves.
  const ids = [
    ...rec.rulesApplied,
    ...routine.flatMap((step) => step.ruleIds),
    ...rec.warnings.flatMap((w) => w.ruleIds),
    ...rec.adjustments.flatMap((a) => a.ruleIds),
    ...rec.expectations.flatMap((e) => e.ruleIds),
    ...rec.lifestyle.flatMap((l) => l.ruleIds),
  ];
  for (const id of ids) assert(RULE_IDS.includes(id as (typeof RULE_IDS)[number]), `unknown rule id ${id}`);
  for (const item of [...routine, ...rec.warnings, ...rec.expectations])
    expect(item.ruleIds.length).toBeGreaterThan(0);
  expect(rec.expectations.map((e) => e.concern)).toEqual(profile.concerns);

  // Every message renders: no code without text, no placeholder without its value.
  const rendered = renderRecommendation(rec, rendererFor('en'));
  for (const step of [...rendered.routine.am, ...rendered.routine.pm]) {
    assert(step.frequency.length > 0 && !step.frequency.includes('{'), `frequency of ${step.kind}`);
  }
  for (const w of rendered.warnings) assert(!w.message.includes('{'), `message of ${w.code}`);
}

/**
 * A person's own products: any kind or none, any catalogue ingredients in any order (real lists hold
 * two retinoids, an acid in a cleanser, a UV filter in a serum), sometimes entries nothing matched.
 */
const ownProductsArbitrary: fc.Arbitrary<OwnProduct[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(null, ...STEP_KINDS),
      slugs: fc.uniqueArray(fc.constantFrom(...slugs), { minLength: 0, maxLength: 6 }),
      unknown: fc.constantFrom([], ['Aqua'], ['Parfum', 'Mystery Complex']),
    }),
    { maxLength: 6 },
  )
  .map((products) =>
    products.map(({ kind, slugs: held, unknown }, index) => ({
      key: `Product ${index + 1}`,
      productId: null,
      name: `Product ${index + 1}`,
      kind,
      slugs: held,
      unknown: [...unknown],
    })),
  );

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
  aliases: fc.constant([]),
  uvSpectrum: fc.constantFrom(null, 'uva' as const, 'uvb' as const, 'broad' as const),
  strength: fc.constantFrom(null, { startFrom: 1, startTo: 2, max: 5 }),
  evidence: fc.record({
    grade: fc.constantFrom('strong' as const, 'moderate' as const, 'limited' as const),
    sources: fc.constant(['article' as const]),
  }),
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

  it('hold with random check-ins, which only ever hold, step back, pause or stop what they implicate', () => {
    fc.assert(
      fc.property(checkedInProfileArbitrary, (profile) => {
        check(profile, recommend(profile, catalogue));
      }),
      { numRuns: 300, seed: 20261216 },
    );
  });

  it('hold with the person’s own products, whatever they hold', () => {
    fc.assert(
      fc.property(profileArbitrary, ownProductsArbitrary, (profile, ownProducts) => {
        const withProducts = { ...profile, weeks: Math.min(profile.weeks, 26), ownProducts };
        check(withProducts, recommend(withProducts, catalogue));
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('are deterministic: the same profile gives the same answer, byte for byte', () => {
    fc.assert(
      fc.property(fc.oneof(profileArbitrary, checkedInProfileArbitrary), (profile) => {
        expect(JSON.stringify(recommend(profile, catalogue))).toBe(
          JSON.stringify(recommend(profile, catalogue)),
        );
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
