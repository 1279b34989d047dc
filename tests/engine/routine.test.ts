import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/engine/types.js';
import type { SkinType } from '../../src/engine/vocabulary.js';
import { catalogue, isRetinoid, routineSlugs, run } from './fixtures.js';

describe('skin-type.basis: cleanser and moisturizer by skin type', () => {
  it.each<[SkinType, RegExp, RegExp]>([
    ['dry', /cream cleanser/i, /rich cream/i],
    ['normal', /gentle cleanser/i, /^a lotion/i],
    ['combination', /gentle cleanser/i, /light lotion/i],
    ['oily', /gel cleanser/i, /gel or oil-free lotion/i],
  ])('%s skin', (skinType, cleanser, moisturizer) => {
    const rec = run({ skinType, concerns: ['dullness'] });
    for (const session of [rec.routine.am, rec.routine.pm]) {
      const cleanse = session.find((step) => step.kind === 'cleanse')!;
      const moisturize = session.find((step) => step.kind === 'moisturize')!;
      expect(cleanse.notes[0]).toMatch(cleanser);
      expect(moisturize.notes[0]).toMatch(moisturizer);
      expect(cleanse.ruleIds).toContain('skin-type.basis');
    }
    for (const slug of routineSlugs(rec)) expect(catalogue.bySlug.get(slug)!.skinTypes).toContain(skinType);
  });
});

describe('routine.serum-with-basics and routine.layer-order', () => {
  const KIND_ORDER = ['cleanse', 'tone', 'serum', 'treatment', 'moisturize', 'sunscreen'];
  it.each<[string, Partial<Profile>, boolean]>([
    ['dry skin, no toner', { skinType: 'dry', concerns: ['firmness', 'dryness'] }, false],
    ['normal skin, no toner', { skinType: 'normal', concerns: ['texture', 'fine-lines'] }, false],
    ['oily skin gets an optional toner', { skinType: 'oily', concerns: ['pores'] }, true],
    ['combination skin gets an optional toner', { skinType: 'combination', concerns: ['dullness'] }, true],
  ])('%s: thin to thick, serums inside a full routine, sunscreen last', (_name, profile, toner) => {
    const rec = run(profile);
    for (const [session, steps] of Object.entries(rec.routine)) {
      const kinds = steps.map((step) => step.kind);
      const ranks = kinds.map((kind) => KIND_ORDER.indexOf(kind));
      expect(ranks, session).toEqual([...ranks].sort((a, b) => a - b));
      expect(kinds[0]).toBe('cleanse');
      expect(kinds.includes('tone')).toBe(toner);
      expect(kinds).toContain('moisturize');
      expect(steps.map((step) => step.order)).toEqual(steps.map((_, i) => i + 1));
      expect(steps.some((step) => step.kind === 'serum' || step.kind === 'treatment')).toBe(true);
    }
    expect(rec.routine.am.at(-1)!.kind).toBe('sunscreen');
    expect(rec.routine.pm.some((step) => step.kind === 'sunscreen')).toBe(false);
  });
});

describe('sun.daily-spf', () => {
  it('ends every morning of the calendar with the UV filter', () => {
    const rec = run({ concerns: ['dullness'] });
    const sunscreen = rec.routine.am.at(-1)!;
    expect(sunscreen).toMatchObject({
      kind: 'sunscreen',
      ruleIds: expect.arrayContaining(['sun.daily-spf']),
    });
    expect(sunscreen.notes.join(' ')).toMatch(/SPF 30/);
    for (const day of rec.calendar) expect(day.am.at(-1)).toBe(sunscreen.ingredients[0]);
  });

  it('keeps a generic sunscreen step, with a warning, when every UV filter is avoided', () => {
    const filters = catalogue.ingredients
      .filter((item) => item.class === 'uv-filter')
      .map((item) => item.slug);
    const rec = run({ concerns: ['dullness'], avoid: filters });
    expect(rec.routine.am.at(-1)).toMatchObject({ kind: 'sunscreen', ingredients: [] });
    expect(rec.warnings).toContainEqual(expect.objectContaining({ code: 'no-uv-filter' }));
  });
});

describe('routine.night-serum-leave-on', () => {
  it('marks every evening serum and treatment leave-on, and the cleanser not', () => {
    const rec = run({ concerns: ['firmness', 'texture'] });
    for (const step of rec.routine.pm) {
      if (step.kind === 'serum' || step.kind === 'treatment') {
        expect(step.leaveOn).toBe(true);
        expect(step.ruleIds).toContain('routine.night-serum-leave-on');
      }
      if (step.kind === 'cleanse') expect(step.leaveOn).toBe(false);
    }
  });
});

describe('goals.match-ingredients', () => {
  it.each<[string, Partial<Profile>]>([
    ['firming', { concerns: ['firmness', 'fine-lines'] }],
    [
      'everything',
      { concerns: ['firmness', 'texture', 'dullness', 'pores', 'dark-spots'], skinType: 'oily' },
    ],
    ['dry and red', { concerns: ['dryness', 'redness'], skinType: 'dry' }],
  ])('chooses by concerns, within the slot limits (%s)', (_name, profile) => {
    const rec = run(profile);
    const chosen = [...new Set(routineSlugs(rec))].map((slug) => catalogue.bySlug.get(slug)!);
    const wanted = profile.concerns!;
    expect(chosen.filter((i) => i.class === 'retinoid').length).toBeLessThanOrEqual(1);
    expect(chosen.filter((i) => ['aha', 'bha', 'pha'].includes(i.class)).length).toBeLessThanOrEqual(1);
    expect(chosen.filter((i) => i.class === 'antioxidant').length).toBeLessThanOrEqual(1);
    const serums = [...rec.routine.am, ...rec.routine.pm]
      .filter((s) => s.kind === 'serum')
      .flatMap((s) => s.ingredients);
    const lowSerums = new Set(
      serums.filter(
        (slug) =>
          catalogue.bySlug.get(slug)!.irritation === 'low' &&
          catalogue.bySlug.get(slug)!.class !== 'antioxidant',
      ),
    );
    expect(lowSerums.size).toBeLessThanOrEqual(2);
    for (const step of [...rec.routine.am, ...rec.routine.pm].filter(
      (s) => s.kind === 'serum' || s.kind === 'treatment',
    )) {
      for (const slug of step.ingredients) {
        const fits = catalogue.bySlug.get(slug)!.concerns.some((c) => wanted.includes(c));
        expect(fits || step.ruleIds.includes('hyaluronic.twice-daily'), slug).toBe(true);
      }
    }
  });

  it('for firming concerns picks a retinoid, peptides, vitamin C and hyaluronic acid', () => {
    const slugs = routineSlugs(run({ concerns: ['firmness'] }));
    expect(slugs.some(isRetinoid)).toBe(true);
    expect(slugs).toEqual(
      expect.arrayContaining(['palmitoyl-pentapeptide-4', 'ascorbic-acid', 'sodium-hyaluronate']),
    );
  });
});

describe('antioxidant.morning', () => {
  it('places vitamin C in the morning, under sunscreen, never in the evening', () => {
    const rec = run({ concerns: ['dullness'] });
    const step = rec.routine.am.find((s) => s.ingredients.includes('ascorbic-acid'))!;
    expect(step.ruleIds).toContain('antioxidant.morning');
    expect(rec.routine.pm.some((s) => s.ingredients.includes('ascorbic-acid'))).toBe(false);
    const used = rec.calendar.filter((day) => day.am.includes('ascorbic-acid'));
    expect(used.length).toBeGreaterThan(0);
    for (const day of used) expect(day.am.indexOf('ascorbic-acid')).toBeLessThan(day.am.length - 1);
  });
});

describe('profile.avoid', () => {
  it.each([['retinol'], ['sodium-hyaluronate'], ['ascorbic-acid'], ['zinc-oxide'], ['dimethicone']])(
    'never recommends %s when avoided, and says which step left it out',
    (slug) => {
      const before = run({ concerns: ['firmness', 'dryness'], skinType: 'dry' });
      expect(routineSlugs(before)).toContain(slug);
      const rec = run({ concerns: ['firmness', 'dryness'], skinType: 'dry', avoid: [slug] });
      expect(routineSlugs(rec)).not.toContain(slug);
      expect(rec.calendar.some((day) => day.am.includes(slug) || day.pm.includes(slug))).toBe(false);
      const warning = rec.warnings.find((w) => w.code === 'avoided' && w.ingredient === slug)!;
      expect(warning.message).toMatch(/(serum|treatment|moisturize|sunscreen) step leaves it out/);
      expect(warning.ruleIds).toEqual(['profile.avoid']);
    },
  );
});
