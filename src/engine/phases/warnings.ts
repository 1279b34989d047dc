import { isoFromDays } from '../dates.js';
import { message } from '../message.js';
import { activesOneAtATime, waitsForSpacing } from '../rules/actives-one-at-a-time.js';
import {
  activesPatchTest,
  BASE_STEPS_WARNING,
  PATCH_WINDOW_DAYS,
  patchTestWarning,
  remindsBaseSteps,
} from '../rules/actives-patch-test.js';
import { areaNeckDecolletage } from '../rules/area-neck-decolletage.js';
import { concernUncovered, uncoveredConcerns, uncoveredWarning } from '../rules/concern-uncovered.js';
import type { RuleId } from '../rules/index.js';
import { photosensitizerSunWarning, weeksOfCareAfterStopping } from '../rules/photosensitizer-sun-warning.js';
import { distinctAvoided, profileAvoid } from '../rules/profile-avoid.js';
import { barredByPregnancy, breastfeeding, retinoidPregnancy } from '../rules/retinoid-pregnancy.js';
import { MIN_SPF, sunDailySpf } from '../rules/sun-daily-spf.js';
import { type Firing, profileFacts } from '../trace.js';
import type { Warning } from '../types.js';
import type { RoutineFacts } from './facts.js';
import type { Plan } from './routine.js';
import type { Schedule } from './schedule.js';
import { type Pick, STEP_OF_ROLE } from './select.js';

/**
 * The warnings phase, in a fixed order: pregnancy, avoided ingredients, uncovered concerns, sunscreen,
 * sun sensitivity, deferred actives, then patch tests by date.
 */
export function warningsFor(facts: RoutineFacts, schedule: Schedule, plan: Plan, firing: Firing): Warning[] {
  const { profile, selection } = facts;
  const warnings: Warning[] = [];
  const dateOf = (day: number) => isoFromDays(facts.startDay + day);
  const firstUse = (pick: Pick) => schedule.firstUse.get(pick.ingredient.slug) ?? 0;
  const inSchedule = (pick: Pick) => firstUse(pick) < schedule.length;
  const warn = (warning: Warning) => {
    warnings.push(warning);
    firing.fire(warning.ruleIds[0]!, () => ({ effect: message('effect-warned', { code: warning.code }) }));
  };

  if (barredByPregnancy(profile)) {
    const peptide = selection.pregnancyPeptide !== undefined && inSchedule(selection.pregnancyPeptide);
    warn({
      code: 'pregnancy',
      message: message('warning-pregnancy', { peptide }),
      ingredient: null,
      date: null,
      ruleIds: [retinoidPregnancy.id],
    });
  } else {
    firing.check(retinoidPregnancy.id, () => profileFacts(profile, 'pregnancy'));
  }
  if (breastfeeding(profile) && selection.retinoid && inSchedule(selection.retinoid)) {
    const retinoid = selection.retinoid.ingredient;
    warn({
      code: 'breastfeeding',
      message: message('warning-breastfeeding', { name: retinoid.name }),
      ingredient: retinoid.slug,
      date: dateOf(firstUse(selection.retinoid)),
      ruleIds: [retinoidPregnancy.id, areaNeckDecolletage.id],
    });
  }

  for (const slug of distinctAvoided(profile)) {
    const left = selection.avoided.get(slug);
    warn({
      code: 'avoided',
      message: left
        ? message('warning-avoided-step', { name: left.ingredient.name, step: STEP_OF_ROLE[left.role] })
        : message('warning-avoided', { name: selection.avoidedNames.get(slug) ?? slug }),
      ingredient: slug,
      date: null,
      ruleIds: [profileAvoid.id],
    });
  }
  if (profile.avoid.length === 0) firing.check(profileAvoid.id, () => profileFacts(profile, 'avoid'));

  const picks = facts.picks.filter(inSchedule);
  // Deferred picks count as covering: their own warning says when they would start.
  const uncovered = uncoveredConcerns(
    profile.concerns,
    facts.picks.map((pick) => pick.ingredient),
  );
  for (const concern of uncovered) {
    warn({
      code: 'concern-uncovered',
      message: uncoveredWarning(concern),
      ingredient: null,
      date: null,
      ruleIds: [concernUncovered.id],
    });
  }
  if (uncovered.length === 0) firing.check(concernUncovered.id, () => profileFacts(profile, 'concerns'));

  if (selection.sunscreen.length === 0) {
    const ruleIds: RuleId[] = profile.avoid.length > 0 ? [sunDailySpf.id, profileAvoid.id] : [sunDailySpf.id];
    warn({
      code: 'no-uv-filter',
      message: message(selection.filtersAvailable ? 'warning-no-broad-spectrum' : 'warning-no-uv-filter', {
        spf: MIN_SPF,
      }),
      ingredient: null,
      date: null,
      ruleIds,
    });
  }

  for (const pick of picks) {
    if (!pick.ingredient.photosensitizing) continue;
    warn({
      code: 'sun-sensitivity',
      message: message('warning-sun-sensitivity', {
        name: pick.ingredient.name,
        weeksAfter: weeksOfCareAfterStopping(pick.ingredient),
      }),
      ingredient: pick.ingredient.slug,
      date: dateOf(firstUse(pick)),
      ruleIds: [photosensitizerSunWarning.id, sunDailySpf.id],
    });
  }
  if (!firing.has(photosensitizerSunWarning.id)) {
    firing.check(photosensitizerSunWarning.id, () => ({ photosensitizers: [] }));
  }

  for (const pick of facts.picks) {
    if (inSchedule(pick)) continue;
    // The first new ingredient waits only for its patch window; later actives wait for the spacing.
    const patchOnly = !waitsForSpacing(firstUse(pick));
    const params = { name: pick.ingredient.name, date: dateOf(firstUse(pick)), weeks: profile.weeks };
    warn({
      code: 'deferred',
      message: patchOnly
        ? message('warning-deferred-patch', { ...params, days: PATCH_WINDOW_DAYS })
        : message('warning-deferred', params),
      ingredient: pick.ingredient.slug,
      date: dateOf(firstUse(pick)),
      ruleIds: [patchOnly ? activesPatchTest.id : activesOneAtATime.id],
    });
  }

  // Patch tests: one warning per window, dated on its first day; for sensitive skin a day-1 reminder
  // for the base steps, which start at once.
  if (remindsBaseSteps(profile)) {
    warn({
      code: 'patch-test',
      message: BASE_STEPS_WARNING,
      ingredient: null,
      date: dateOf(0),
      ruleIds: [activesPatchTest.id],
    });
  }
  const bySlug = new Map(facts.picks.map((pick) => [pick.ingredient.slug, pick]));
  const named = new Set<string>();
  for (const step of plan.am) for (const pick of step.picks) named.add(pick.ingredient.slug);
  for (const step of plan.pm) for (const pick of step.picks) named.add(pick.ingredient.slug);
  for (const slug of schedule.patched) {
    const pick = bySlug.get(slug);
    if (!pick || !named.has(slug)) continue;
    const first = firstUse(pick);
    warn({
      code: 'patch-test',
      message: patchTestWarning(pick.ingredient.name, dateOf(first - PATCH_WINDOW_DAYS), dateOf(first)),
      ingredient: slug,
      date: dateOf(first - PATCH_WINDOW_DAYS),
      ruleIds: [activesPatchTest.id],
    });
  }
  return warnings;
}
