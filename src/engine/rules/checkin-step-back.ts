import { isExfoliatingAcid, isRetinoid } from '../ingredient-facts.js';
import { SOURCES } from '../sources.js';
import type { CheckIn, Ingredient, Rule } from '../types.js';
import type { Severity } from '../vocabulary.js';
import { FIRST_WEEKS } from './acid-night-frequency.js';
import { previousStageStart, type RampTable, stageStartOf } from './ramp-table.js';

export const STEP_BACK_SEVERITY: Severity = 'moderate';
/** Days at the stage below (a retinoid), or without acid nights (an acid), from the day after. */
export const STEP_BACK_DAYS = 14;

/** Whether a check-in steps a retinoid's ramp back: a moderate reaction to it. */
export const stepsBackRamp = (checkIn: CheckIn, ingredient: Ingredient): boolean =>
  isRetinoid(ingredient) && checkIn.severity === STEP_BACK_SEVERITY;

/** Whether a check-in pauses an acid's nights: a moderate reaction to it. */
export const pausesAcid = (checkIn: CheckIn, ingredient: Ingredient): boolean =>
  isExfoliatingAcid(ingredient) && checkIn.severity === STEP_BACK_SEVERITY;

/**
 * The ramp weeks of the stretch that starts the day after a step back taken in ramp week `rampWeek`:
 * {@link STEP_BACK_DAYS} days at the first week of the stage below (the first stage never goes lower),
 * then the stage it stepped back from, from its first week on.
 */
export function steppedBackRampWeeks(table: RampTable, rampWeek: number): (week: number) => number {
  const lower = previousStageStart(table, rampWeek);
  const resume = stageStartOf(table, rampWeek);
  const lowerWeeks = STEP_BACK_DAYS / 7;
  return (week) => (week < lowerWeeks ? lower : resume + week - lowerWeeks);
}

/**
 * `checkin.step-back`: on a moderate reaction to a retinoid, goes back one stage of the ramp (never below
 * the first) for 14 days, then resumes from the stage it left; on a moderate reaction to an exfoliating
 * acid, no acid nights for 14 days, then its first-weeks cap again.
 * Why: a clear reaction calls for less frequent use until the skin recovers. Source: DermNet, Topical
 * retinoids.
 */
export const checkinStepBack = {
  id: 'checkin.step-back',
  reads: ['checkIns', 'sensitive', 'skinType'],
  params: { stepBackDays: STEP_BACK_DAYS, firstWeeks: FIRST_WEEKS },
  sources: [SOURCES['dermnet-retinoids']],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
