import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/engine/types.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { catalogue, isRetinoid, run } from './fixtures.js';

/** First day index each slug appears on the face (morning or evening). */
function firstUses(rec: Recommendation): Map<string, number> {
  const first = new Map<string, number>();
  rec.calendar.forEach((day, index) => {
    for (const slug of [...day.am, ...day.pm]) if (!first.has(slug)) first.set(slug, index);
  });
  return first;
}
/** Day indexes on which each slug is patch-tested. */
function patchDays(rec: Recommendation): Map<string, number[]> {
  const days = new Map<string, number[]>();
  rec.calendar.forEach((day, index) => {
    for (const slug of day.patch) days.set(slug, [...(days.get(slug) ?? []), index]);
  });
  return days;
}
/** guidance.md's "active": every retinoid and exfoliating acid, and anything of medium or high irritation. */
const isActive = (slug: string) => {
  const item = catalogue.bySlug.get(slug)!;
  return ['retinoid', 'aha', 'bha', 'pha'].includes(item.class) || item.irritation !== 'low';
};
const baseKinds = new Set(['cleanse', 'moisturize', 'sunscreen']);
const firming = ['firmness', 'texture', 'dullness'] as Profile['concerns'];

describe('actives.one-at-a-time', () => {
  it.each<[string, Partial<Profile>, number, number]>([
    ['standard skin: first uses 14 days apart', { concerns: firming, weeks: 12 }, 14, 3],
    ['sensitive skin: first uses 28 days apart', { concerns: firming, sensitive: true, weeks: 20 }, 28, 3],
  ])('%s; a new retinoid first on day 8, after its patch window', (_name, profile, spacing, count) => {
    const rec = run(profile);
    const first = firstUses(rec);
    const actives = [...first.entries()].filter(([slug]) => isActive(slug)).sort((a, b) => a[1] - b[1]);
    expect(actives.length).toBe(count);
    expect(isRetinoid(actives[0]![0])).toBe(true);
    expect(actives[0]![1]).toBe(7);
    for (let i = 1; i < actives.length; i++)
      expect(actives[i]![1] - actives[i - 1]![1]).toBeGreaterThanOrEqual(spacing);
  });

  it('starts low-irritation ingredients on day 1, and for sensitive skin serums after their patch window', () => {
    for (const sensitive of [false, true]) {
      const rec = run({ concerns: firming, sensitive, weeks: 12 });
      const first = firstUses(rec);
      const steps = [...rec.routine.am, ...rec.routine.pm];
      for (const [slug, day] of first) {
        if (isActive(slug)) continue;
        const base = steps.some((step) => baseKinds.has(step.kind) && step.ingredients.includes(slug));
        expect(day, `${slug} (sensitive: ${sensitive})`).toBe(sensitive && !base ? 7 : 0);
      }
    }
  });

  it('does not count an experienced retinoid as new: it starts on day 1 with no patch test', () => {
    const rec = run({ concerns: ['fine-lines', 'dullness'], retinoidWeeks: 12 });
    const first = firstUses(rec);
    expect(first.get('retinol')).toBe(0);
    expect(patchDays(rec).has('retinol')).toBe(false);
    expect(rec.warnings.some((w) => w.code === 'patch-test' && w.ingredient === 'retinol')).toBe(false);
    // The next new active comes right after its own patch window.
    expect(first.get('ascorbic-acid')).toBe(7);
  });

  it('defers an active that cannot start within a short schedule, and says so', () => {
    const rec = run({ concerns: ['firmness', 'texture'], weeks: 2 });
    expect(rec.calendar.some((day) => day.pm.some((slug) => isActive(slug) && !isRetinoid(slug)))).toBe(
      false,
    );
    expect(rec.warnings.some((w) => w.code === 'deferred')).toBe(true);
  });
});

describe('actives.patch-test', () => {
  it('opens the window of an active whose first use falls just after a short schedule', () => {
    // One week: a new retinoid would start on day 8, so the whole schedule is its window.
    const rec = run({ concerns: ['firmness'], startDate: '2026-12-01', weeks: 1 });
    expect(rec.calendar.every((day) => !day.pm.includes('retinol'))).toBe(true);
    expect([...patchDays(rec).get('retinol')!]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const warning = rec.warnings.find((w) => w.code === 'patch-test' && w.ingredient === 'retinol')!;
    expect(warning.date).toBe('2026-12-01');
    expect(warning.message).toContain('2026-12-08');
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'deferred', ingredient: 'retinol', date: '2026-12-08' }),
    );
    // The calendar names it, so the answer names it too.
    expect(rec.ingredients.map((entry) => entry.slug)).toContain('retinol');
  });

  it('patch-tests every new active on the 7 days right before its first use, warned on the first of them', () => {
    const rec = run({ concerns: firming });
    const first = firstUses(rec);
    const patches = patchDays(rec);
    const actives = [...first.keys()].filter(isActive);
    expect(actives.length).toBeGreaterThan(1);
    for (const slug of actives) {
      const use = first.get(slug)!;
      expect(patches.get(slug), slug).toEqual([
        use - 7,
        use - 6,
        use - 5,
        use - 4,
        use - 3,
        use - 2,
        use - 1,
      ]);
      const warning = rec.warnings.find((w) => w.code === 'patch-test' && w.ingredient === slug)!;
      expect(warning.date).toBe(rec.calendar[use - 7]!.date);
      expect(warning.ruleIds).toEqual(['actives.patch-test']);
      expect(warning.message).toContain(rec.calendar[use]!.date);
      expect(warning.message).toMatch(/inner arm|elbow/);
      expect(warning.message).toMatch(/redness, itching or swelling/);
    }
    const tested = rec.warnings.filter((w) => w.code === 'patch-test').map((w) => w.ingredient);
    expect(tested.sort()).toEqual(actives.sort());
  });

  it('never patch-tests on a day the ingredient is already on the face', () => {
    const rec = run({ concerns: firming, sensitive: true, weeks: 20 });
    for (const day of rec.calendar)
      for (const slug of day.patch) expect([...day.am, ...day.pm]).not.toContain(slug);
  });

  it('for sensitive skin gives every new serum or treatment a window, and the base steps one day-1 reminder', () => {
    const rec = run({ concerns: ['firmness', 'dryness'], sensitive: true, skinType: 'dry' });
    const treated = new Set(
      [...rec.routine.am, ...rec.routine.pm]
        .filter((step) => !baseKinds.has(step.kind))
        .flatMap((step) => step.ingredients),
    );
    const patch = rec.warnings.filter((w) => w.code === 'patch-test');
    expect(new Set(patch.flatMap((w) => (w.ingredient ? [w.ingredient] : [])))).toEqual(treated);
    expect(new Set(patchDays(rec).keys())).toEqual(treated);
    const base = patch.filter((w) => !w.ingredient);
    expect(base).toHaveLength(1);
    expect(base[0]!.date).toBe('2026-12-01');
    expect(base[0]!.message).toMatch(/cleanser, moisturizer and sunscreen/);
  });
});
