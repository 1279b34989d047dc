import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `lifestyle.sun-smoking-alcohol`: when the profile reports high sun exposure, smoking or drinking,
 * advises reducing each.
 * Why: UV light, smoking and alcohol all speed up the loss of firmness. Source: the Supermood serum
 * article.
 */
export const lifestyleSunSmokingAlcohol = {
  id: 'lifestyle.sun-smoking-alcohol',
  title: 'Advise cutting back on sun, smoking and alcohol',
  rationale:
    'A profile reporting high sun exposure, smoking or drinking gets advice to cut back on each of ' +
    'them. Ultraviolet light, smoking and alcohol all hasten sagging and the loss of firmness, ' +
    'working against anything a serum can do.',
  sources: [SOURCES.article],
} as const satisfies Rule;
