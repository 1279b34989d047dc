import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import type { SkinType } from '../vocabulary.js';
import { andList, skinTypeWord } from './rule-text.js';

/** Skin types offered an (optional) toner after cleansing. */
export const TONER_SKIN_TYPES: readonly SkinType[] = ['oily', 'combination'];

export const offersToner = (skinType: SkinType): boolean => TONER_SKIN_TYPES.includes(skinType);

/**
 * `routine.serum-with-basics`: puts serums inside a full routine (cleanse, optional tone, serums,
 * moisturize, and sunscreen in the morning).
 * Why: a serum works alongside cleansing and moisturizing. Source: the Supermood serum article.
 */
export const routineSerumWithBasics = {
  id: 'routine.serum-with-basics',
  reads: ['skinType'],
  params: { tonerSkinTypes: andList(TONER_SKIN_TYPES.map(skinTypeWord)) },
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
