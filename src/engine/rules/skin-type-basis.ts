import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `skin-type.basis`: requires one of four skin types (dry, combination, normal, oily) and picks the
 * cleanser and moisturizer texture from it.
 * Why: How oily or dry skin is decides which base textures it needs. Source: the Supermood serum article;
 * Nebraska Medicine on moisturizers for dry skin.
 */
export const skinTypeBasis = {
  id: 'skin-type.basis',
  title: 'Choose cleanser and moisturizer by skin type',
  rationale:
    'Every profile must state a skin type of dry, combination, normal or oily, and the engine uses ' +
    'it to pick the texture of the base products: a cream cleanser with a rich cream for dry skin, a ' +
    'gentle cleanser with a lotion for normal skin, a gentle cleanser with a light lotion for ' +
    'combination skin, and a gel cleanser with a gel or oil-free lotion for oily skin. Skin type is ' +
    'the starting point of any routine, because how much oil and moisture the skin has decides which ' +
    'textures it tolerates and needs.',
  sources: [SOURCES.article, SOURCES['nebraska-moisturizer']],
} as const satisfies Rule;
