import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import type { SkinType } from '../vocabulary.js';

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
  title: 'Build serums into a full cleanse, moisturize, protect routine',
  rationale:
    'Serums are never recommended on their own: the morning runs cleanse, optional tone, serum(s), ' +
    'moisturize and sunscreen, and the evening runs cleanse, optional tone, serum or treatment and ' +
    `moisturize. A toner is offered only for ${TONER_SKIN_TYPES.join(' and ')} skin. A serum does ` +
    'its job as part of gentle cleansing and effective moisturizing, not as a replacement for them.',
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
