import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/engine/types.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { catalogue, isRetinoid, run } from './fixtures.js';

/** First day index each slug appears in the calendar. */
function firstUses(rec: Recommendation): Map<string, number> {
  const first = new Map<string, number>();
  rec.calendar.forEach((day, index) => {
    for (const slug of [...day.am, ...day.pm]) if (!first.has(slug)) first.set(slug, index);
  });
  return first;
}
const isActive = (slug: string) => catalogue.bySlug.get(slug)!.irritation !== 'low';

describe('actives.one-at-a-time', () => {
  // Sensitive skin gets a gentle (low-irritation) vitamin C, so two actives: retinoid and acid.
  it.each<[string, Partial<Profile>, number, number]>([
    ['standard skin: 14 days apart', { concerns: ['firmness', 'texture', 'dullness'], weeks: 12 }, 14, 3],
    [
      'sensitive skin: 28 days apart',
      { concerns: ['firmness', 'texture', 'dullness'], sensitive: true, weeks: 20 },
      28,
      2,
    ],
  ])('%s; the retinoid first, low-irritation ingredients on day 1', (_name, profile, spacing, count) => {
    const rec = run(profile);
    const first = firstUses(rec);
    const actives = [...first.entries()].filter(([slug]) => isActive(slug)).sort((a, b) => a[1] - b[1]);
    expect(actives.length).toBe(count);
    expect(isRetinoid(actives[0]![0])).toBe(true);
    expect(actives[0]![1]).toBe(0);
    for (let i = 1; i < actives.length; i++)
      expect(actives[i]![1] - actives[i - 1]![1]).toBeGreaterThanOrEqual(spacing);
    for (const [slug, day] of first) if (!isActive(slug)) expect(day, slug).toBe(0);
  });

  it('does not count an experienced retinoid as new', () => {
    const rec = run({ concerns: ['fine-lines', 'dullness'], retinoidWeeks: 12 });
    const first = firstUses(rec);
    expect(first.get('ascorbic-acid')).toBe(0);
    expect(rec.warnings.some((w) => w.code === 'patch-test' && w.ingredient === 'retinol')).toBe(false);
  });

  it('defers an active that cannot start within a short schedule, and says so', () => {
    const rec = run({ concerns: ['firmness', 'texture'], weeks: 2 });
    expect(rec.calendar.some((day) => day.pm.includes('glycolic-acid'))).toBe(false);
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'deferred', ingredient: 'ascorbic-acid' }),
    );
  });
});

describe('actives.patch-test', () => {
  it('warns for every new active on the date of its first use', () => {
    const rec = run({ concerns: ['firmness', 'texture', 'dullness'] });
    const first = firstUses(rec);
    const actives = [...first.keys()].filter(isActive);
    for (const slug of actives) {
      const day = rec.calendar[first.get(slug)!]!.date;
      expect(rec.warnings).toContainEqual(
        expect.objectContaining({
          code: 'patch-test',
          ingredient: slug,
          date: day,
          ruleIds: ['actives.patch-test'],
        }),
      );
    }
    const tested = rec.warnings.filter((w) => w.code === 'patch-test').map((w) => w.ingredient);
    expect(tested.sort()).toEqual(actives.sort());
    expect(rec.warnings.find((w) => w.code === 'patch-test')!.message).toMatch(/inner arm|elbow/);
  });

  it('for sensitive skin warns for every new ingredient named in any step', () => {
    const rec = run({ concerns: ['firmness', 'dryness'], sensitive: true, skinType: 'dry' });
    const named = new Set([...rec.routine.am, ...rec.routine.pm].flatMap((step) => step.ingredients));
    const tested = new Set(rec.warnings.filter((w) => w.code === 'patch-test').map((w) => w.ingredient));
    expect(tested).toEqual(named);
  });
});
