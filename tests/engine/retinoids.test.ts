import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/engine/types.js';
import {
  chosenRetinoid,
  firstNight,
  isAcid,
  isRetinoid,
  nights,
  nightsPerUseWeek,
  routineSlugs,
  run,
} from './fixtures.js';

const firmingOnly: Partial<Profile> = { concerns: ['firmness'] };

describe('retinoid.ramp, retinoid.ramp-sensitive and retinoid.experience: exact nights per week of use', () => {
  // A new retinoid starts on day 8, after its patch window: 13 schedule weeks hold 12 weeks of use.
  it.each<[string, Partial<Profile>, number[]]>([
    ['a new retinoid, standard skin', { ...firmingOnly, weeks: 13 }, [2, 2, 3, 3, 4, 4, 4, 4, 7, 7, 7, 7]],
    [
      'a new retinoid, sensitive skin',
      { ...firmingOnly, sensitive: true, weeks: 13 },
      [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3],
    ],
    [
      'sensitive skin over 20 weeks',
      { ...firmingOnly, sensitive: true, weeks: 21 },
      [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 7, 7, 7, 7],
    ],
    [
      '4 weeks of experience: starts at week 5',
      { ...firmingOnly, retinoidWeeks: 4 },
      [4, 4, 4, 4, 7, 7, 7, 7, 7, 7, 7, 7],
    ],
    ['2 weeks of experience', { ...firmingOnly, retinoidWeeks: 2, weeks: 4 }, [3, 3, 4, 4]],
    ['a year of experience: every night', { ...firmingOnly, retinoidWeeks: 52, weeks: 2 }, [7, 7]],
    [
      'sensitive with 10 weeks of experience',
      { ...firmingOnly, sensitive: true, retinoidWeeks: 10, weeks: 8 },
      [3, 3, 4, 4, 4, 4, 7, 7],
    ],
  ])('%s', (_name, profile, expected) => {
    const rec = run(profile);
    expect(chosenRetinoid(rec)).toBeDefined();
    expect(firstNight(rec, isRetinoid)).toBe((profile.retinoidWeeks ?? 0) > 0 ? 0 : 7);
    expect(nightsPerUseWeek(rec, isRetinoid)).toEqual(expected);
    expect(rec.rulesApplied).toContain(profile.sensitive ? 'retinoid.ramp-sensitive' : 'retinoid.ramp');
    if ((profile.retinoidWeeks ?? 0) > 0) expect(rec.rulesApplied).toContain('retinoid.experience');
  });

  it.each<[string, Partial<Profile>]>([
    ['standard', { ...firmingOnly, weeks: 8 }],
    ['sensitive', { ...firmingOnly, sensitive: true, weeks: 16 }],
    ['standard with an acid', { concerns: ['firmness', 'texture'], weeks: 8 }],
  ])('never puts two retinoid nights in a row while a week has fewer than 4 (%s)', (_name, profile) => {
    const rec = run(profile);
    const counts = nightsPerUseWeek(rec, isRetinoid);
    const used = nights(rec, isRetinoid);
    for (let i = 1; i < used.length; i++) {
      const laterWeek = Math.floor((used[i]! - used[0]!) / 7);
      if (used[i]! - used[i - 1]! === 1) expect(counts[laterWeek]!).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps the retinoid count exact before the every-night stage even with an acid, and gives acid nights off after', () => {
    const rec = run({ concerns: ['firmness', 'texture'], weeks: 17 });
    const origin = firstNight(rec, isRetinoid);
    const retinoidWeeks = nightsPerUseWeek(rec, isRetinoid);
    const acidWeeks = nightsPerUseWeek(rec, isAcid, origin);
    expect(retinoidWeeks).toHaveLength(16);
    expect(retinoidWeeks.slice(0, 8)).toEqual([2, 2, 3, 3, 4, 4, 4, 4]);
    expect(acidWeeks.slice(8).every((count) => count > 0)).toBe(true);
    for (let week = 8; week < 16; week++) expect(retinoidWeeks[week]! + acidWeeks[week]!).toBe(7);
  });
});

describe('goals.firming-actives: the first retinoid', () => {
  it('prefers retinol for a first retinoid and places it in the evening only', () => {
    const rec = run(firmingOnly);
    expect(chosenRetinoid(rec)).toBe('retinol');
    expect(rec.calendar.every((day) => !day.am.includes('retinol'))).toBe(true);
  });

  it('falls back to retinaldehyde when retinol is avoided', () => {
    expect(chosenRetinoid(run({ ...firmingOnly, avoid: ['retinol'] }))).toBe('retinal');
  });

  it('chooses no retinoid for concerns no retinoid addresses', () => {
    expect(chosenRetinoid(run({ concerns: ['redness'] }))).toBeUndefined();
  });
});

describe('retinoid.amount', () => {
  it.each<[string, Partial<Profile>, RegExp]>([
    [
      'firming profile: face, neck and décolletage',
      firmingOnly,
      /pea-sized.*face.*second.*neck and décolletage/i,
    ],
    [
      'breastfeeding: face and neck',
      { ...firmingOnly, pregnancy: 'breastfeeding' },
      /pea-sized.*face.*neck(?! and)/i,
    ],
    ['texture only: the face', { concerns: ['texture'] }, /pea-sized amount for the whole face, at bedtime/i],
  ])('notes a pea-sized amount at bedtime (%s)', (_name, profile, note) => {
    const step = run(profile).routine.pm.find((s) => s.ingredients.some(isRetinoid))!;
    expect(step.ruleIds).toContain('retinoid.amount');
    expect(step.notes.join(' ')).toMatch(note);
    expect(step.notes.join(' ')).toMatch(/dry skin/);
  });
});

describe('retinoid.pregnancy', () => {
  it.each(['pregnant', 'trying'] as const)(
    'recommends no retinoid when %s, warns why and fills the slot with peptides',
    (pregnancy) => {
      const rec = run({ concerns: ['firmness', 'fine-lines'], pregnancy });
      expect(routineSlugs(rec).some(isRetinoid)).toBe(false);
      expect(rec.calendar.every((day) => !day.pm.some(isRetinoid) && !day.am.some(isRetinoid))).toBe(true);
      expect(rec.warnings).toContainEqual(
        expect.objectContaining({ code: 'pregnancy', ruleIds: ['retinoid.pregnancy'] }),
      );
      const substitute = [...rec.routine.am, ...rec.routine.pm].find((step) =>
        step.ruleIds.includes('retinoid.pregnancy'),
      );
      expect(substitute?.ingredients.every((slug) => slug.includes('peptide'))).toBe(true);
    },
  );

  it('keeps a retinoid while breastfeeding, on face and neck only, with a warning', () => {
    const rec = run({ concerns: ['firmness'], pregnancy: 'breastfeeding' });
    const step = rec.routine.pm.find((s) => s.ingredients.some(isRetinoid))!;
    expect(step.areas).toEqual(['face', 'neck']);
    expect(step.ruleIds).toContain('retinoid.pregnancy');
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'breastfeeding', ingredient: step.ingredients[0], date: '2026-12-08' }),
    );
  });
});
