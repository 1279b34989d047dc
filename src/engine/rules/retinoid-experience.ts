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
  params: {},
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
