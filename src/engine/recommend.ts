import { parseIsoDate } from './dates.js';
import { expectationsFor, lifestyleAdviceFor } from './phases/advice.js';
import { buildCalendar } from './phases/calendar.js';
import { applyCheckIns } from './phases/check-ins.js';
import { deriveFacts } from './phases/facts.js';
import { glossaryOf } from './phases/glossary.js';
import { placeOwnProducts } from './phases/products.js';
import { planRoutine, toSteps } from './phases/routine.js';
import { buildSchedule } from './phases/schedule.js';
import { selectionFor } from './phases/selection-cache.js';
import { addSuggestions } from './phases/suggest.js';
import { warningsFor } from './phases/warnings.js';
import { DISCLAIMER, labelInstructionsFirst } from './rules/label-instructions-first.js';
import { skinTypeBasis } from './rules/skin-type-basis.js';
import { Firing, profileFacts } from './trace.js';
import type { CatalogueProduct, CatalogueSnapshot, Profile, Recommendation } from './types.js';

export interface RecommendOptions {
  /** Leave the day-by-day calendar out (the routine template only). Default true. */
  calendar?: boolean;
  /** Return every rule's firing record as `trace`. Default false. */
  explain?: boolean;
  /**
   * The product catalogue to suggest from (`product.suggest`): given, every step without an own
   * product gets `suggestions`. Default: no suggestions.
   */
  productCatalogue?: readonly CatalogueProduct[];
}

/**
 * Turns a complete profile into a routine, a calendar and their explanations.
 *
 * Pure and synchronous: the result depends only on the profile and the catalogue snapshot (no clock,
 * no I/O, no randomness), so the same inputs give the same routine. The phases (selection → schedule
 * → routine → calendar → warnings → advice) ask the rules in `rules/` for every number and decision;
 * every step, warning and expectation names the rule ids that produced it, and text is returned as
 * message codes with parameters for a message catalogue to render.
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

  const firing = new Firing(options.explain === true);
  firing.fire(skinTypeBasis.id, () => ({ facts: profileFacts(profile, 'skinType') }));
  const own = placeOwnProducts(profile, catalogue, firing);
  const selection = selectionFor(profile, catalogue, firing, own);
  const facts = deriveFacts(profile, selection, startDay);
  const schedule = buildSchedule(facts, firing);
  const planned = planRoutine(facts, schedule, firing);
  // Check-ins change the plan from the day after each; without them nothing here runs.
  const checkedIn =
    profile.checkIns && profile.checkIns.length > 0
      ? applyCheckIns(facts, schedule, planned, catalogue, firing)
      : undefined;
  const plan = checkedIn?.plan ?? planned;
  const routine = { am: toSteps(plan.am), pm: toSteps(plan.pm) };
  if (options.productCatalogue) addSuggestions(routine, options.productCatalogue, profile, catalogue, firing);
  const warnings = warningsFor(facts, schedule, plan, firing);
  if (checkedIn) warnings.push(...checkedIn.warnings);
  const expectations = expectationsFor(profile, firing);
  const lifestyle = lifestyleAdviceFor(profile, firing);
  firing.fire(labelInstructionsFirst.id);

  // An id on any output means its rule acted, whichever phase put it there.
  for (const list of [routine.am, routine.pm, warnings])
    for (const item of list) firing.fireAll(item.ruleIds);

  const recommendation: Recommendation = {
    routine,
    calendar: options.calendar === false ? [] : buildCalendar(plan, schedule, startDay),
    ingredients: glossaryOf(plan, schedule.patched),
    warnings,
    adjustments: checkedIn?.adjustments ?? [],
    expectations,
    lifestyle,
    rulesApplied: firing.applied(),
    catalogueVersion: catalogue.version,
    disclaimer: DISCLAIMER,
  };
  if (firing.explain) recommendation.trace = firing.entries(profile);
  return recommendation;
}
