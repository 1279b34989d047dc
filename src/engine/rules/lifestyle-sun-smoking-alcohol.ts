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
  title: 'Advise cutting back on sun, smoking and alcohol',
  rationale:
    'A profile reporting high sun exposure, smoking or drinking gets advice to cut back on each of ' +
    'them. Ultraviolet light, smoking and alcohol all hasten sagging and the loss of firmness, ' +
    'working against anything a serum can do.',
  sources: [SOURCES.article],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
