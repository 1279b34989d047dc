import { DISCLAIMER, expectationsFor, lifestyleAdviceFor } from './advice.js';
import { parseIsoDate } from './dates.js';
import { buildCalendar, planRoutine, toSteps } from './routine.js';
import { RULE_IDS } from './rules/index.js';
import { buildSchedule } from './schedule.js';
import { selectIngredients } from './select.js';
import type { CatalogueSnapshot, Profile, Recommendation } from './types.js';
import { warningsFor } from './warnings.js';

export interface RecommendOptions {
  /** Leave the day-by-day calendar out (the routine template only). Default true. */
  calendar?: boolean;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Turns a complete profile into a routine, a calendar and their explanations.
 *
 * Pure and synchronous: the result depends only on the profile and the catalogue
 * snapshot (no clock, no I/O, no randomness), so the same inputs give the same
 * routine. Every step, warning and expectation names the rule ids that produced it.
 *
 * @param profile every field set, `startDate` included (the caller supplies "today").
 * @param catalogue the ingredient facts to decide from.
 * @throws RangeError when `profile.startDate` is not a real calendar date.
 */
export function recommend(
  profile: Profile,
  catalogue: CatalogueSnapshot,
  options: RecommendOptions = {},
): Recommendation {
  const startDay = parseIsoDate(profile.startDate);
  if (startDay === undefined) throw new RangeError(`startDate ${profile.startDate} is not a calendar date`);

  const selection = selectIngredients(profile, catalogue, new Set(profile.avoid));
  const unavoided = profile.avoid.length > 0 ? selectIngredients(profile, catalogue, NOTHING) : selection;
  const schedule = buildSchedule(profile, selection);
  const plan = planRoutine(profile, selection, schedule, startDay);
  const routine = { am: toSteps(plan.am), pm: toSteps(plan.pm) };
  const warnings = warningsFor({ profile, selection, unavoided, schedule, plan, startDay });
  const expectations = expectationsFor(profile);
  const lifestyle = lifestyleAdviceFor(profile);

  const fired = new Set<string>(['skin-type.basis', 'goals.match-ingredients', 'label.instructions-first']);
  if (profile.avoid.length > 0) fired.add('profile.avoid');
  for (const list of [routine.am, routine.pm, warnings, expectations, lifestyle]) {
    for (const item of list) for (const id of item.ruleIds) fired.add(id);
  }

  return {
    routine,
    calendar: options.calendar === false ? [] : buildCalendar(plan, schedule, startDay),
    warnings,
    expectations,
    lifestyle,
    rulesApplied: RULE_IDS.filter((id) => fired.has(id)),
    catalogueVersion: catalogue.version,
    disclaimer: DISCLAIMER,
  };
}
