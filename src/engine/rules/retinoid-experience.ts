import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Profile, Rule } from '../types.js';

/** The ramp week a schedule week (1-based) falls in for someone already `retinoidWeeks` weeks in. */
export const rampWeekOf = (scheduleWeek: number, retinoidWeeks: number): number =>
  retinoidWeeks + scheduleWeek;

/** A retinoid is new (spaced and patch-tested) only for someone who has not used one. */
export const retinoidIsNew = (profile: Profile): boolean => profile.retinoidWeeks === 0;

export const experienceNote = (weeks: number) => message('retinoid-experience', { weeks });

/**
 * `retinoid.experience`: starts a person who has used a retinoid for N weeks at week N+1 of the ramp.
 * Why: their skin has already adapted. Source: follows from `retinoid.ramp`.
 */
export const retinoidExperience = {
  id: 'retinoid.experience',
  reads: ['retinoidWeeks'],
  title: 'Start an experienced retinoid user further along the ramp',
  rationale:
    'A person who has already used a retinoid for N weeks starts at week N+1 of the ramp rather than week 1, ' +
    'and that retinoid is not treated as new, so it is scheduled without spacing or a patch test. Their skin has already adapted through those weeks, and ' +
    'repeating them would only hold the routine back without making it any safer.',
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
