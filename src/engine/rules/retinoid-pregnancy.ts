import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Profile, Rule } from '../types.js';
import type { Area, PregnancyStatus } from '../vocabulary.js';
import { andList, areaWord } from './rule-text.js';

/** Pregnancy statuses under which no retinoid (and nothing not pregnancy-safe) is recommended. */
export const BARRED_STATUSES: readonly PregnancyStatus[] = ['pregnant', 'trying'];
/** While breastfeeding a retinoid stays on these areas only (never the chest). */
export const BREASTFEEDING_RETINOID_AREAS: readonly Area[] = ['face', 'neck'];

export const barredByPregnancy = (profile: Profile): boolean => BARRED_STATUSES.includes(profile.pregnancy);
export const breastfeeding = (profile: Profile): boolean => profile.pregnancy === 'breastfeeding';

/** Whether the profile's pregnancy status rules this ingredient out. */
export const excludedByPregnancy = (ingredient: Ingredient, profile: Profile): boolean =>
  barredByPregnancy(profile) && (!ingredient.pregnancySafe || ingredient.class === 'retinoid');

export const BREASTFEEDING_NOTE = message('retinoid-breastfeeding-areas');

/**
 * `retinoid.pregnancy`: no retinoid when pregnant or trying (peptides fill the firming slot, with a
 * warning); while breastfeeding a retinoid only on face and neck, with a warning.
 * Why: avoided in pregnancy as a precaution; barely absorbed in lactation but kept off the chest.
 * Source: UKTIS; NHS SPS.
 */
export const retinoidPregnancy = {
  id: 'retinoid.pregnancy',
  reads: ['pregnancy'],
  params: { breastfeedingAreas: andList(BREASTFEEDING_RETINOID_AREAS.map(areaWord)) },
  sources: [SOURCES['uktis-retinoid'], SOURCES['sps-lactation']],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
