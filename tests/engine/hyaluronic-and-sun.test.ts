import { describe, expect, it } from 'vitest';
import type { Ingredient, Profile } from '../../src/engine/types.js';
import { MALIC_ACID } from '../helpers/ingredient-fixtures.js';
import {
  catalogue,
  chosenAcid,
  classOf,
  routineSlugs,
  run,
  seedIngredients,
  snapshotOf,
} from './fixtures.js';

const isHyaluronic = (slug: string) => catalogue.bySlug.get(slug)?.family === 'hyaluronic-acid';

describe('hyaluronic.twice-daily', () => {
  it.each<[string, Partial<Profile>]>([
    ['dry skin', { skinType: 'dry', concerns: ['pores'] }],
    ['dryness', { concerns: ['dryness'] }],
    ['firmness', { concerns: ['firmness'] }],
    ['fine lines', { concerns: ['fine-lines'], skinType: 'oily' }],
  ])('is chosen for %s, every morning and evening, never more than twice a day', (_name, profile) => {
    const rec = run(profile);
    expect(routineSlugs(rec).some(isHyaluronic)).toBe(true);
    for (const day of rec.calendar) {
      expect(day.am.filter(isHyaluronic)).toHaveLength(1);
      expect(day.pm.filter(isHyaluronic)).toHaveLength(1);
    }
  });

  it('is not forced on oily skin with no concern it serves', () => {
    expect(routineSlugs(run({ skinType: 'oily', concerns: ['pores'] })).some(isHyaluronic)).toBe(false);
  });
});

describe('hyaluronic.seal', () => {
  it('notes that the moisturizer seals the humectant in', () => {
    const rec = run({ concerns: ['dryness'], skinType: 'dry' });
    const moisturize = rec.routine.pm.find((step) => step.kind === 'moisturize')!;
    expect(moisturize.ruleIds).toContain('hyaluronic.seal');
    expect(moisturize.notes.join(' ')).toMatch(/seals in/);
  });
});

describe('photosensitizer.night-only and photosensitizer.sun-warning', () => {
  it.each<[string, Partial<Profile>]>([
    ['retinoid', { concerns: ['firmness'] }],
    ['AHA', { concerns: ['texture'], retinoidWeeks: 0 }],
    ['sensitive', { concerns: ['dullness', 'fine-lines'], sensitive: true }],
  ])('keeps every photosensitizer out of every morning (%s) and warns about the sun', (_name, profile) => {
    const rec = run(profile);
    const photosensitizers = routineSlugs(rec).filter((slug) => catalogue.bySlug.get(slug)!.photosensitizing);
    expect(photosensitizers.length).toBeGreaterThan(0);
    for (const day of rec.calendar)
      for (const slug of day.am) expect(catalogue.bySlug.get(slug)!.photosensitizing).toBe(false);
    for (const slug of photosensitizers) {
      expect(rec.warnings).toContainEqual(
        expect.objectContaining({ code: 'sun-sensitivity', ingredient: slug }),
      );
    }
  });

  it('tells AHA users to keep protecting for a week after stopping', () => {
    const rec = run({
      concerns: ['texture'],
      avoid: ['retinol', 'retinal', 'retinyl-palmitate', 'hydroxypinacolone-retinoate', 'salicylic-acid'],
    });
    const acid = chosenAcid(rec)!;
    expect(classOf(acid)).toBe('aha');
    const warning = rec.warnings.find((w) => w.code === 'sun-sensitivity' && w.ingredient === acid)!;
    expect(warning.message).toMatch(/week after/);
  });

  it('places a photosensitizing ingredient that staff add in the evening only, with no code change', () => {
    // Strong evidence, so it outranks the seed's acids (evidence.graded), and photosensitizing.
    const malic: Ingredient = {
      ...MALIC_ACID,
      evidence: { grade: 'strong', sources: ['fda-aha'] },
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    const bergamot: Ingredient = {
      ...malic,
      slug: 'bergamot-extract',
      name: 'Bergamot Extract',
      inciName: 'CITRUS AURANTIUM BERGAMIA FRUIT EXTRACT',
      class: 'botanical',
      concerns: ['dullness'],
      irritation: 'low',
      maxApplicationsPerDay: 2,
      casNumber: null,
      ecNumber: null,
    };
    const extended = snapshotOf([...seedIngredients, malic, bergamot], 'extended');
    const rec = run({ concerns: ['texture', 'dullness'], weeks: 8 }, extended);
    expect(routineSlugs(rec)).toEqual(expect.arrayContaining(['malic-acid', 'bergamot-extract']));
    for (const slug of ['malic-acid', 'bergamot-extract']) {
      expect(rec.calendar.some((day) => day.pm.includes(slug))).toBe(true);
      expect(rec.calendar.some((day) => day.am.includes(slug))).toBe(false);
      expect(rec.warnings).toContainEqual(
        expect.objectContaining({ code: 'sun-sensitivity', ingredient: slug }),
      );
    }
  });
});

describe('hyaluronic.twice-daily and hyaluronic.seal: what a once-a-day form is told', () => {
  it('says once a day, and seals it in only where it is applied', () => {
    const once: Ingredient = { ...catalogue.bySlug.get('sodium-hyaluronate')!, maxApplicationsPerDay: 1 };
    const snapshot = snapshotOf([...seedIngredients.filter((i) => i.slug !== once.slug), once]);
    const rec = run({ concerns: ['dryness'], skinType: 'normal' }, snapshot);
    const steps = [...rec.routine.am, ...rec.routine.pm].filter((s) => s.ingredients.includes(once.slug));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.notes.join(' ')).toMatch(/No more than once a day/);
    for (const session of ['am', 'pm'] as const) {
      const holds = rec.routine[session].some((s) => s.kind === 'serum' && s.ingredients.includes(once.slug));
      const moisturize = rec.routine[session].find((s) => s.kind === 'moisturize')!;
      expect(
        moisturize.notes.some((n) => /seals in the hyaluronic acid/.test(n)),
        session,
      ).toBe(holds);
    }
  });
});
