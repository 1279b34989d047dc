import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Profile, Rule } from '../types.js';
import type { Concern, SkinType } from '../vocabulary.js';

/** Cleanser texture per skin type. */
export const CLEANSER_TEXTURE = {
  dry: 'cream',
  normal: 'gentle',
  combination: 'gentle',
  oily: 'gel',
} as const satisfies Record<SkinType, string>;

/** Moisturizer texture per skin type. */
export const MOISTURIZER_TEXTURE = {
  dry: 'richCream',
  normal: 'lotion',
  combination: 'lightLotion',
  oily: 'gelLotion',
} as const satisfies Record<SkinType, string>;

/** Barrier lipids (ceramides) go into the moisturizer for these skin types and concerns, and for sensitive skin. */
export const BARRIER_SKIN_TYPES: readonly SkinType[] = ['dry'];
export const BARRIER_CONCERNS: readonly Concern[] = ['dryness', 'redness'];
/** Emollients (squalane and the like) go into the moisturizer for these skin types and concerns. */
export const EMOLLIENT_SKIN_TYPES: readonly SkinType[] = ['dry', 'normal'];
export const EMOLLIENT_CONCERNS: readonly Concern[] = ['dryness'];

const hasAny = (concerns: readonly Concern[], wanted: readonly Concern[]) =>
  wanted.some((concern) => concerns.includes(concern));

/** Whether the moisturizer names a barrier ingredient for this profile. */
export const wantsBarrier = (profile: Profile): boolean =>
  BARRIER_SKIN_TYPES.includes(profile.skinType) ||
  profile.sensitive ||
  hasAny(profile.concerns, BARRIER_CONCERNS);

/** Whether the moisturizer names an emollient for this profile. */
export const wantsEmollient = (profile: Profile): boolean =>
  EMOLLIENT_SKIN_TYPES.includes(profile.skinType) || hasAny(profile.concerns, EMOLLIENT_CONCERNS);

export const cleanserNote = (skinType: SkinType) =>
  message('cleanser-texture', { texture: CLEANSER_TEXTURE[skinType] });
export const moisturizerNote = (skinType: SkinType) =>
  message('moisturizer-texture', { texture: MOISTURIZER_TEXTURE[skinType] });

/**
 * `skin-type.basis`: requires one of four skin types (dry, combination, normal, oily) and picks the
 * cleanser and moisturizer texture from it.
 * Why: How oily or dry skin is decides which base textures it needs. Source: the Supermood serum article;
 * Nebraska Medicine on moisturizers for dry skin.
 */
export const skinTypeBasis = {
  id: 'skin-type.basis',
  reads: ['skinType'],
  params: {},
  sources: [SOURCES.article, SOURCES['nebraska-moisturizer']],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
