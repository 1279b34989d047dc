import { readSeed } from '../../src/catalogue/catalogue-seed.js';
import { recommend } from '../../src/engine/recommend.js';
import type { CatalogueSnapshot, Ingredient, Profile } from '../../src/engine/types.js';
import { rendererFor } from '../../src/messages/render.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { renderRecommendation } from '../../src/recommendations/render-recommendation.js';

/** A catalogue snapshot built from a list of ingredients, as the repository builds it. */
export function snapshotOf(ingredients: Ingredient[], version = 'test'): CatalogueSnapshot {
  const sorted = [...ingredients].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return { version, ingredients: sorted, bySlug: new Map(sorted.map((item) => [item.slug, item])) };
}

/** The seed catalogue, without a database: the engine needs none. */
export const seedIngredients: Ingredient[] = readSeed().map((item) => ({
  ...item,
  updatedAt: '2026-11-01T00:00:00.000Z',
}));
export const catalogue = snapshotOf(seedIngredients);

export const baseProfile: Profile = {
  skinType: 'normal',
  sensitive: false,
  concerns: ['firmness'],
  pregnancy: 'none',
  retinoidWeeks: 0,
  avoid: [],
  lifestyle: { sunExposure: 'moderate', smoker: false, alcohol: false },
  startDate: '2026-12-01',
  weeks: 12,
};

export const profileWith = (overrides: Partial<Profile>): Profile => ({ ...baseProfile, ...overrides });

/** What a reader sees: the engine's answer with its messages rendered in English. */
export const run = (
  overrides: Partial<Profile> = {},
  snapshot: CatalogueSnapshot = catalogue,
  explain = false,
): Recommendation =>
  renderRecommendation(recommend(profileWith(overrides), snapshot, { explain }), rendererFor('en'));

export const bySlug = (slug: string): Ingredient => {
  const item = catalogue.bySlug.get(slug);
  if (!item) throw new Error(`no seed ingredient ${slug}`);
  return item;
};

/** Slugs named by any step of the routine template. */
export const routineSlugs = (rec: Recommendation): string[] =>
  [...rec.routine.am, ...rec.routine.pm].flatMap((step) => step.ingredients);

/** Day indexes (0-based) whose evening holds an ingredient matching the predicate. */
export const nights = (rec: Recommendation, match: (slug: string) => boolean): number[] =>
  rec.calendar.flatMap((day, index) => (day.pm.some(match) ? [index] : []));

/** Evening uses of matching ingredients in each schedule week. */
export const nightsPerWeek = (rec: Recommendation, match: (slug: string) => boolean): number[] => {
  const counts = new Array<number>(Math.ceil(rec.calendar.length / 7)).fill(0);
  for (const day of rec.calendar) if (day.pm.some(match)) counts[day.week - 1]! += 1;
  return counts;
};

/** Day index of the first evening holding a matching ingredient (-1 if none). */
export const firstNight = (rec: Recommendation, match: (slug: string) => boolean): number =>
  rec.calendar.findIndex((day) => day.pm.some(match));

/**
 * Evening uses of matching ingredients in each full week of use: the weeks counted from
 * `origin` (by default the first such evening), as guidance.md counts a ramp.
 */
export const nightsPerUseWeek = (
  rec: Recommendation,
  match: (slug: string) => boolean,
  origin = firstNight(rec, match),
): number[] => {
  const counts = new Array<number>(Math.floor((rec.calendar.length - origin) / 7)).fill(0);
  for (let index = origin; index < origin + counts.length * 7; index++)
    if (rec.calendar[index]!.pm.some(match)) counts[Math.floor((index - origin) / 7)]! += 1;
  return counts;
};

export const classOf = (slug: string, snapshot: CatalogueSnapshot = catalogue) =>
  snapshot.bySlug.get(slug)?.class;
export const isRetinoid = (slug: string) => classOf(slug) === 'retinoid';
export const isAcid = (slug: string) => ['aha', 'bha', 'pha'].includes(classOf(slug) ?? '');

/** The first retinoid chosen (its slug), or undefined. */
export const chosenRetinoid = (rec: Recommendation) => routineSlugs(rec).find(isRetinoid);
export const chosenAcid = (rec: Recommendation) => routineSlugs(rec).find(isAcid);
