import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/engine/types.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { chosenAcid, classOf, isAcid, isRetinoid, nights, run } from './fixtures.js';

/** Acid nights in each week of acid use, counted from its first night. */
function acidWeekCounts(rec: Recommendation): number[] {
  const used = nights(rec, isAcid);
  if (used.length === 0) return [];
  const first = used[0]!;
  const counts: number[] = [];
  for (const day of used) {
    const week = Math.floor((day - first) / 7);
    counts[week] = (counts[week] ?? 0) + 1;
  }
  return Array.from(counts, (n) => n ?? 0);
}

describe('acid.night-frequency', () => {
  it.each<[string, Partial<Profile>, number]>([
    [
      'normal skin: 1 a week for 4 weeks, then 2',
      { skinType: 'normal', concerns: ['texture'], weeks: 20 },
      2,
    ],
    ['oily skin', { skinType: 'oily', concerns: ['pores'], weeks: 20 }, 2],
    ['dry skin: then still 1', { skinType: 'dry', concerns: ['dullness'], weeks: 20 }, 1],
    [
      'sensitive skin: then still 1',
      { skinType: 'normal', sensitive: true, concerns: ['texture'], weeks: 30 },
      1,
    ],
  ])('%s', (_name, profile, later) => {
    const rec = run(profile);
    expect(chosenAcid(rec)).toBeDefined();
    const counts = acidWeekCounts(rec);
    expect(counts.length).toBeGreaterThan(5);
    expect(counts.slice(0, 4)).toEqual([1, 1, 1, 1]);
    // The last acid week may be cut short by the end of the schedule.
    for (const count of counts.slice(4, -1)) expect(count).toBe(later);
    expect(rec.calendar.every((day) => !day.am.some(isAcid))).toBe(true);
  });

  it.each<[string, Partial<Profile>]>([
    ['texture', { concerns: ['texture'] }],
    ['dullness', { concerns: ['dullness'] }],
    ['pores', { concerns: ['pores'], skinType: 'oily' }],
    ['dark-spots', { concerns: ['dark-spots'] }],
  ])('is chosen for %s', (_name, profile) => {
    expect(chosenAcid(run(profile))).toBeDefined();
  });

  it.each<[string, Partial<Profile>]>([
    ['firmness', { concerns: ['firmness'] }],
    ['dryness', { concerns: ['dryness'] }],
    ['redness', { concerns: ['redness'] }],
  ])('is not chosen for %s alone', (_name, profile) => {
    expect(chosenAcid(run(profile))).toBeUndefined();
  });

  it('never picks glycolic acid for sensitive skin while lactic or mandelic acid is available', () => {
    // Of acids with equal evidence the gentler one wins; glycolic acid only when the gentler are avoided.
    expect(chosenAcid(run({ concerns: ['texture', 'dullness'], sensitive: false }))).not.toBe(
      'glycolic-acid',
    );
    const gentler = ['lactic-acid', 'mandelic-acid', 'gluconolactone', 'lactobionic-acid', 'salicylic-acid'];
    expect(chosenAcid(run({ concerns: ['texture'], sensitive: false, avoid: gentler }))).toBe(
      'glycolic-acid',
    );
    expect(chosenAcid(run({ concerns: ['texture'], sensitive: true, avoid: gentler }))).toBeUndefined();
    const sensitive = chosenAcid(run({ concerns: ['texture', 'dullness'], sensitive: true }));
    expect(sensitive).not.toBe('glycolic-acid');
    expect(chosenAcid(run({ concerns: ['texture'], sensitive: true, avoid: ['lactic-acid'] }))).not.toBe(
      'glycolic-acid',
    );
    expect(classOf(sensitive!)).toMatch(/^(aha|bha|pha)$/);
  });
});

describe('actives.no-stacking', () => {
  it.each<[string, Partial<Profile>]>([
    ['standard', { concerns: ['firmness', 'texture'], weeks: 20 }],
    ['sensitive', { concerns: ['fine-lines', 'dullness'], sensitive: true, weeks: 30 }],
    ['experienced', { concerns: ['fine-lines', 'dark-spots'], retinoidWeeks: 30, weeks: 12 }],
  ])('never puts a retinoid and an acid, or two acids, in one evening (%s)', (_name, profile) => {
    const rec = run(profile);
    expect(nights(rec, isAcid).length).toBeGreaterThan(0);
    for (const day of rec.calendar) {
      const retinoids = day.pm.filter(isRetinoid).length;
      const acids = day.pm.filter(isAcid).length;
      expect(acids).toBeLessThanOrEqual(1);
      expect(retinoids + acids).toBeLessThanOrEqual(1);
    }
    expect(rec.rulesApplied).toContain('actives.no-stacking');
  });
});
