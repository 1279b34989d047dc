import { SOURCES } from '../sources.js';
import type { LifestyleCode, Profile, Rule } from '../types.js';

/** The habits the profile reports that speed the loss of firmness. */
export function habitsToReduce(profile: Profile): LifestyleCode[] {
  const codes: LifestyleCode[] = [];
  if (profile.lifestyle.sunExposure === 'high') codes.push('sun-exposure');
  if (profile.lifestyle.smoker) codes.push('smoking');
  if (profile.lifestyle.alcohol) codes.push('alcohol');
  return codes;
}

/**
 * `lifestyle.sun-smoking-alcohol`: when the profile reports high sun exposure, smoking or drinking,
 * advises reducing them.
 * Why: they speed the loss of firmness. Source: the Supermood serum article.
 */
export const lifestyleSunSmokingAlcohol = {
  id: 'lifestyle.sun-smoking-alcohol',
  reads: ['lifestyle'],
  params: {},
  sources: [SOURCES.article],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
