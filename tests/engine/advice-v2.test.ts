import { describe, expect, it } from 'vitest';
import type { Ingredient, Profile } from '../../src/engine/types.js';
import { CONCERNS, SKIN_TYPES } from '../../src/engine/vocabulary.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import {
  bySlug,
  catalogue,
  chosenAcid,
  firstNight,
  isAcid,
  isRetinoid,
  nightsPerUseWeek,
  routineSlugs,
  run,
  seedIngredients,
  snapshotOf,
} from './fixtures.js';

// Case tables for the rules guidance.md marks v2, each read the way a person would read the answer.

const filters = (spectrum: Ingredient['uvSpectrum']) =>
  catalogue.ingredients
    .filter((i) => i.class === 'uv-filter' && i.uvSpectrum === spectrum)
    .map((i) => i.slug);
const sunscreen = (rec: Recommendation) => rec.routine.am.find((step) => step.kind === 'sunscreen')!;
const steps = (rec: Recommendation) => [...rec.routine.am, ...rec.routine.pm];
const spectrumOf = (slug: string) => bySlug(slug).uvSpectrum;

describe('sun.daily-spf: broad-spectrum from uvSpectrum, over every treated area', () => {
  it.each<[string, string[], string[][]]>([
    ['a broad filter when there is one', [], [['broad']]],
    ['a UVA and a UVB filter once every broad filter is avoided', filters('broad'), [['uva'], ['uvb']]],
  ])('names %s', (_name, avoid, expected) => {
    const step = sunscreen(run({ avoid }));
    expect(step.ingredients.map((slug) => [spectrumOf(slug)]).sort()).toEqual(expected.sort());
    expect(step.ruleIds).toContain('sun.daily-spf');
  });

  it('keeps a generic step and says so when the remaining filters cannot block UVA and UVB', () => {
    const rec = run({ avoid: [...filters('broad'), ...filters('uva')] });
    const step = sunscreen(rec);
    expect(rec.routine.am.at(-1)).toBe(step);
    expect(step.ingredients).toEqual([]);
    const warning = rec.warnings.find((w) => w.code === 'no-uv-filter')!;
    expect(warning.message).toMatch(/broad-spectrum, SPF 30 or higher/);
    expect(warning.message).toMatch(/UVA and UVB/);
    expect(rec.calendar.every((day) => day.am.length > 0)).toBe(true);
  });

  it.each<[string, Partial<Profile>]>([
    ['firming serums on the décolletage', { concerns: ['firmness'] }],
    ['fine lines, sensitive', { concerns: ['fine-lines'], sensitive: true }],
    [
      'breastfeeding: the retinoid stays off the chest, the other firming serums do not',
      {
        concerns: ['firmness'],
        pregnancy: 'breastfeeding',
      },
    ],
    ['texture only: the face', { concerns: ['texture'] }],
  ])('covers every area another step treats (%s)', (_name, profile) => {
    const rec = run(profile);
    const treated = new Set(steps(rec).flatMap((step) => step.areas));
    expect(new Set(sunscreen(rec).areas)).toEqual(new Set([...treated, 'face', 'neck']));
  });
});

describe('goals.match-ingredients: two serum steps a session, skin type, evidence first', () => {
  it.each(CONCERNS.map((concern) => [concern]))(
    'holds at most two serum steps a session for %s',
    (concern) => {
      for (const sensitive of [false, true]) {
        const rec = run({ concerns: [concern], sensitive });
        for (const session of [rec.routine.am, rec.routine.pm])
          expect(session.filter((step) => step.kind === 'serum').length).toBeLessThanOrEqual(2);
      }
    },
  );

  it('holds at most two serum steps even with every concern at once', () => {
    const rec = run({ concerns: [...CONCERNS] });
    expect(rec.routine.am.filter((step) => step.kind === 'serum').length).toBeLessThanOrEqual(2);
    expect(rec.routine.pm.filter((step) => step.kind === 'serum').length).toBeLessThanOrEqual(2);
  });

  it('gives dark spots alone a focused routine: at most one active of each class', () => {
    const rec = run({ concerns: ['dark-spots'] });
    const named = routineSlugs(rec);
    expect(named.filter(isRetinoid).length).toBeLessThanOrEqual(1);
    expect(named.filter(isAcid).length).toBeLessThanOrEqual(1);
    expect(named.filter((slug) => bySlug(slug).class === 'antioxidant').length).toBeLessThanOrEqual(1);
  });

  it.each(SKIN_TYPES.map((type) => [type]))('picks only ingredients made for %s skin', (skinType) => {
    for (const concerns of [
      ['firmness', 'dryness'],
      ['texture', 'pores'],
      ['dark-spots', 'dullness'],
    ] as const) {
      const rec = run({ skinType, concerns: [...concerns] });
      for (const slug of routineSlugs(rec)) expect(bySlug(slug).skinTypes, slug).toContain(skinType);
    }
  });
});

describe('evidence.graded', () => {
  const limited = seedIngredients.filter((i) => i.evidence.grade === 'limited').map((i) => i.slug);

  it('never picks a limited-evidence ingredient while a stronger one serves the concerns', () => {
    expect(limited).toEqual(
      expect.arrayContaining(['birch-sap', 'chaga-mushroom-extract', 'snail-secretion-filtrate']),
    );
    for (const skinType of SKIN_TYPES)
      for (const concern of CONCERNS) {
        const named = routineSlugs(run({ skinType, concerns: [concern] }));
        for (const slug of named) expect(limited, `${slug} for ${skinType} ${concern}`).not.toContain(slug);
      }
  });

  it('prefers stronger evidence for sensitive skin too: only redness bars a medium antioxidant', () => {
    const antioxidantOf = (profile: Partial<Profile>) =>
      run(profile).routine.am.find((step) => step.ruleIds.includes('antioxidant.morning'))?.ingredients[0];
    expect(antioxidantOf({ concerns: ['dullness'] })).toBe('ascorbic-acid');
    expect(antioxidantOf({ sensitive: true, concerns: ['dullness'] })).toBe('ascorbic-acid');
    const forRedness = antioxidantOf({ concerns: ['dullness', 'redness'] });
    expect(forRedness).not.toBe('ascorbic-acid');
    expect(seedIngredients.find((i) => i.slug === forRedness)?.irritation ?? 'low').toBe('low');
  });

  it('explains every named ingredient once, with its grade and sources', () => {
    const rec = run({ concerns: ['firmness', 'texture'] });
    expect(rec.ingredients.map((entry) => entry.slug).sort()).toEqual([...new Set(routineSlugs(rec))].sort());
    const retinol = rec.ingredients.find((entry) => entry.slug === 'retinol')!;
    expect(retinol.evidence.grade).toBe('moderate');
    expect(retinol.evidence.sources.length).toBeGreaterThan(0);
    expect(retinol.strength).toEqual({ startFrom: 0.1, startTo: 0.3, max: 1 });
  });
});

describe('sensitive.gentle-only', () => {
  const high = seedIngredients.filter((i) => i.irritation === 'high').map((i) => i.slug);

  it.each<[string, Partial<Profile>]>([
    ['sensitive skin', { sensitive: true, concerns: ['texture', 'dullness', 'dark-spots', 'fine-lines'] }],
    ['redness', { concerns: ['redness', 'texture', 'dullness', 'firmness'] }],
  ])('never picks a high-irritation ingredient for %s', (_name, profile) => {
    for (const skinType of SKIN_TYPES)
      for (const slug of routineSlugs(run({ ...profile, skinType }))) expect(high).not.toContain(slug);
  });

  it('with redness picks no exfoliating acid and only a low-irritation antioxidant', () => {
    const rec = run({ concerns: ['redness', 'texture', 'dullness', 'dark-spots'] });
    expect(chosenAcid(rec)).toBeUndefined();
    for (const slug of routineSlugs(rec))
      if (bySlug(slug).class === 'antioxidant') expect(bySlug(slug).irritation).toBe('low');
    expect(rec.rulesApplied).toContain('sensitive.gentle-only');
  });

  it('with redness ramps a retinoid at the sensitive pace', () => {
    const rec = run({ concerns: ['redness', 'firmness'], weeks: 10 });
    expect(firstNight(rec, isRetinoid)).toBe(7);
    expect(nightsPerUseWeek(rec, isRetinoid).slice(0, 9)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3]);
  });

  it('decides from facts: a staff antioxidant graded high is left out for sensitive skin', () => {
    const harsh: Ingredient = {
      ...bySlug('ascorbic-acid'),
      slug: 'aaa-harsh-c',
      rank: 0,
      irritation: 'high',
    };
    const snapshot = snapshotOf([...seedIngredients, harsh]);
    // With the seed's antioxidants avoided it is the only one left.
    const avoid = seedIngredients.filter((i) => i.class === 'antioxidant').map((i) => i.slug);
    expect(routineSlugs(run({ concerns: ['dullness'], avoid }, snapshot))).toContain('aaa-harsh-c');
    expect(routineSlugs(run({ concerns: ['dullness'], sensitive: true, avoid }, snapshot))).not.toContain(
      'aaa-harsh-c',
    );
  });
});

describe('concern.uncovered', () => {
  const serving = (concern: string) =>
    seedIngredients.filter((i) => i.concerns.includes(concern as never)).map((i) => i.slug);

  it('says which concern nothing in the routine serves', () => {
    const rec = run({ concerns: ['pores', 'dryness'], avoid: serving('pores').slice(0, 20) });
    const uncovered =
      new Set(steps(rec).flatMap((step) => step.ingredients)).size > 0 &&
      !routineSlugs(rec).some((slug) => bySlug(slug).concerns.includes('pores'));
    expect(uncovered).toBe(true);
    const warning = rec.warnings.find((w) => w.code === 'concern-uncovered')!;
    expect(warning.ruleIds).toEqual(['concern.uncovered']);
    expect(warning.message).toMatch(/pores/);
    expect(rec.warnings.filter((w) => w.code === 'concern-uncovered')).toHaveLength(1);
  });

  it('stays silent when every concern is served', () => {
    const rec = run({ concerns: ['firmness', 'dryness', 'texture'] });
    expect(rec.warnings.some((w) => w.code === 'concern-uncovered')).toBe(false);
  });
});

describe('strength.start-low', () => {
  const stepWith = (rec: Recommendation, slug: string) =>
    steps(rec).find((step) => step.ingredients.includes(slug))!;

  it.each<[string, Partial<Profile>, string, RegExp]>([
    ['retinol, standard skin', { concerns: ['firmness'] }, 'retinol', /0\.1–0\.3 %.*never go above 1 %/],
    [
      'retinol, sensitive skin: the low end',
      { concerns: ['firmness'], sensitive: true, avoid: ['retinyl-palmitate'] },
      'retinol',
      /at 0\.1 %, the low end/,
    ],
    [
      'glycolic acid: a peel above 10 %',
      {
        concerns: ['texture'],
        avoid: ['lactic-acid', 'mandelic-acid', 'gluconolactone', 'lactobionic-acid', 'salicylic-acid'],
      },
      'glycolic-acid',
      /5–8 %.*never go above 10 %.*Above 10 % it is a peel/,
    ],
    ['L-ascorbic acid', { concerns: ['dullness'] }, 'ascorbic-acid', /8–15 %.*never go above 20 %/],
  ])('states the start for %s', (_name, profile, slug, text) => {
    const rec = run(profile);
    const step = stepWith(rec, slug);
    expect(step.strength).toMatch(text);
    expect(step.ruleIds).toContain('strength.start-low');
  });

  it('never advises an AHA above the home limit, whatever the catalogue says', () => {
    const strong: Ingredient = {
      ...bySlug('glycolic-acid'),
      slug: 'aaa-strong-aha',
      rank: 0,
      irritation: 'medium',
      evidence: { grade: 'strong', sources: ['fda-aha'] },
      strength: { startFrom: 8, startTo: 15, max: 30 },
    };
    const rec = run({ concerns: ['texture'] }, snapshotOf([...seedIngredients, strong]));
    const text = stepWith(rec, 'aaa-strong-aha').strength!;
    for (const figure of text.match(/\d+(\.\d+)?(?= %)/g)!.map(Number))
      expect(figure).toBeLessThanOrEqual(10);
  });

  it('asks for the lowest strength sold when the catalogue gives none', () => {
    const unknown: Ingredient = { ...bySlug('retinol'), slug: 'aaa-new-retinoid', rank: 0, strength: null };
    const rec = run({ concerns: ['firmness'] }, snapshotOf([...seedIngredients, unknown]));
    expect(stepWith(rec, 'aaa-new-retinoid').strength).toMatch(/lowest strength/);
  });

  it('gives no strength to steps without an active', () => {
    const rec = run({ concerns: ['firmness', 'dryness'] });
    for (const step of steps(rec))
      if (
        step.ingredients.every(
          (slug) => bySlug(slug).irritation === 'low' && !isRetinoid(slug) && !isAcid(slug),
        )
      )
        expect(step.strength, step.kind).toBeNull();
  });
});

describe('what a short schedule or an avoid list is told', () => {
  it('says a patch window, not spacing, is what keeps the first new ingredients out of one week', () => {
    const rec = run({ sensitive: true, concerns: ['firmness', 'dryness'], weeks: 1 });
    const deferred = rec.warnings.filter((w) => w.code === 'deferred');
    // The retinoid and the serums wait only for their windows; a later active (vitamin C) for the spacing.
    const byWindow = deferred.filter((w) => w.ruleIds[0] === 'actives.patch-test');
    expect(byWindow.map((w) => w.ingredient)).toContain('retinol');
    for (const warning of byWindow) {
      expect(warning.ruleIds).toEqual(['actives.patch-test']);
      expect(warning.message).toMatch(/after its 7-day patch test/);
    }
    for (const warning of deferred.filter((w) => !byWindow.includes(w)))
      expect(warning.ruleIds).toEqual(['actives.one-at-a-time']);
    // Deferred is not uncovered: nothing says the catalogue has no ingredient for these concerns.
    expect(rec.warnings.some((w) => w.code === 'concern-uncovered')).toBe(false);
  });

  it('says spacing keeps a later active out of a short schedule', () => {
    const rec = run({ concerns: ['firmness', 'texture'], weeks: 2 });
    const deferred = rec.warnings.find((w) => w.code === 'deferred')!;
    expect(deferred.ruleIds).toEqual(['actives.one-at-a-time']);
    expect(deferred.message).toMatch(/keep new actives apart/);
  });

  it('names by its name, and by the step, every avoided ingredient that would have been chosen', () => {
    const rec = run({ concerns: ['firmness'], avoid: ['retinol', 'retinal'] });
    for (const [slug, name] of [
      ['retinol', 'Retinol'],
      ['retinal', bySlug('retinal').name],
    ]) {
      const warning = rec.warnings.find((w) => w.code === 'avoided' && w.ingredient === slug)!;
      expect(warning.message).toBe(`${name} is on your avoid list, so the treatment step leaves it out.`);
    }
    const other = run({ concerns: ['firmness'], avoid: ['salicylic-acid'] });
    expect(other.warnings.find((w) => w.code === 'avoided')!.message).toBe(
      `${bySlug('salicylic-acid').name} is on your avoid list; it is not part of this routine.`,
    );
  });
});

describe('strength.start-low: figures a person can act on', () => {
  const withStrength = (strength: Ingredient['strength'], sensitive = false) => {
    const aha: Ingredient = {
      ...bySlug('glycolic-acid'),
      slug: 'aaa-aha',
      name: 'Test Acid',
      rank: 0,
      irritation: 'low',
      evidence: { grade: 'strong', sources: ['fda-aha'] },
      strength,
    };
    const rec = run({ concerns: ['texture'], sensitive }, snapshotOf([...seedIngredients, aha]));
    return steps(rec).find((step) => step.ingredients.includes('aaa-aha'))!.strength;
  };

  it('gives only the home ceiling when the catalogue’s start range is a peel', () => {
    const text =
      'Choose Test Acid at no more than 10 %. Above 10 % it is a peel for professionals, not a product for home use.';
    expect(withStrength({ startFrom: 12, startTo: 15, max: 20 })).toBe(text);
    expect(withStrength({ startFrom: 12, startTo: 15, max: 20 }, true)).toBe(text);
  });

  it('writes a one-value start as one figure', () => {
    expect(withStrength({ startFrom: 4, startTo: 4, max: 8 })).toMatch(
      /^Start with Test Acid at 4 % and never go above 8 %/,
    );
  });
});
