import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { Concern, SkinType } from '../vocabulary.js';

/** The catalogue family every form of hyaluronic acid belongs to. */
export const HYALURONIC_FAMILY = 'hyaluronic-acid';
/** Applications a day, counting every form of the family together. */
export const MAX_DAILY_APPLICATIONS = 2;
/** Skin types and concerns that put hyaluronic acid ahead of other low-irritation serums. */
export const HYALURONIC_SKIN_TYPES: readonly SkinType[] = ['dry'];
export const HYALURONIC_CONCERNS: readonly Concern[] = ['dryness', 'firmness', 'fine-lines'];

export const isHyaluronic = (ingredient: Ingredient): boolean => ingredient.family === HYALURONIC_FAMILY;

export const wantsHyaluronic = (profile: Profile): boolean =>
  HYALURONIC_SKIN_TYPES.includes(profile.skinType) ||
  HYALURONIC_CONCERNS.some((concern) => profile.concerns.includes(concern));

/**
 * Applications a day an ingredient may have in a routine: never above the catalogue's limit, and for
 * hyaluronic acid never above {@link MAX_DAILY_APPLICATIONS} for the whole family.
 */
export const dailyApplications = (ingredient: Ingredient): number =>
  isHyaluronic(ingredient)
    ? Math.min(ingredient.maxApplicationsPerDay, MAX_DAILY_APPLICATIONS)
    : ingredient.maxApplicationsPerDay;

/** The note on a hyaluronic acid step: how many times a day this form may go on (at most twice). */
export const hyaluronicCapNote = (ingredient: Ingredient) =>
  message('hyaluronic-twice-daily-cap', { max: dailyApplications(ingredient) });

/**
 * `hyaluronic.twice-daily`: schedules a chosen hyaluronic-acid serum every morning and evening, never
 * more than twice a day across all its forms, and prefers it for dry skin and for dryness, firmness and
 * fine lines.
 * Why: twice a day is the most a serum needs. Source: the Supermood serum article.
 */
export const hyaluronicTwiceDaily = {
  id: 'hyaluronic.twice-daily',
  reads: ['skinType', 'concerns'],
  params: { maxPerDay: MAX_DAILY_APPLICATIONS },
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
