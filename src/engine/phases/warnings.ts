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
import { conflictMessage } from '../rules/product-conflict.js';
import { MAY_CONTAIN_RULE, productContains } from '../rules/product-contains.js';
import { productOwnFirst } from '../rules/product-own-first.js';
import { notPlacedWarning, productUnknown, unknownWarning } from '../rules/product-unknown.js';
import { distinctAvoided, profileAvoid } from '../rules/profile-avoid.js';
import { barredByPregnancy, breastfeeding, retinoidPregnancy } from '../rules/retinoid-pregnancy.js';
import { broadSpectrumFilters, MIN_SPF, sunDailySpf } from '../rules/sun-daily-spf.js';
import { type Firing, profileFacts } from '../trace.js';
import type { Ingredient, Warning } from '../types.js';
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
  const firstUse = (pick: Pick) => schedule.firstUse.get(pick.key) ?? 0;
  // A warning about an own product names the product, as the person knows it.
  const nameOf = (pick: Pick) => pick.product?.product.name ?? pick.ingredient.name;
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
      message: message('warning-breastfeeding', { name: nameOf(selection.retinoid) }),
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

  // The person's own products: every clash and what was done about it, then what is not known.
  const { own } = selection;
  for (const conflict of own.conflicts) {
    warn({
      code: 'product-conflict',
      message: conflictMessage(conflict.wording),
      ingredient: conflict.wording.ingredient?.slug ?? null,
      date: null,
      ruleIds: conflict.ruleIds,
    });
  }
  for (const note of own.mayContain) {
    warn({
      code: 'may-contain',
      message: message('warning-may-contain', {
        name: note.product.name,
        ingredients: note.ingredients.map((ingredient) => ingredient.name).join(', '),
        reason: note.reason,
      }),
      ingredient: note.ingredients[0]!.slug,
      date: null,
      ruleIds: [productContains.id, MAY_CONTAIN_RULE[note.reason]],
    });
  }
  for (const product of own.unknown) {
    warn({
      code: 'product-unknown-ingredients',
      message: unknownWarning(product),
      ingredient: null,
      date: null,
      ruleIds: [productUnknown.id],
    });
  }
  for (const product of own.notPlaced) {
    warn({
      code: 'product-unknown-ingredients',
      message: notPlacedWarning(product),
      ingredient: null,
      date: null,
      ruleIds: [productUnknown.id, productContains.id, productOwnFirst.id],
    });
  }

  const picks = facts.picks.filter(inSchedule);
  // Deferred picks count as covering: their own warning says when they would start.
  const uncovered = uncoveredConcerns(profile.concerns, [
    ...facts.picks.map((pick) => pick.ingredient),
    ...own.placed.flatMap((placed) => placed.held),
  ]);
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

  // The person's sunscreens: broad-spectrum is read from the filters the catalogue knows in them.
  const ownSunscreens = own.sunscreens.filter((placed) => placed.sessions.has('am'));
  if (
    ownSunscreens.length > 0 &&
    broadSpectrumFilters(ownSunscreens.flatMap((placed) => placed.held)).length === 0
  ) {
    warn({
      code: 'no-uv-filter',
      message: message('warning-product-not-broad-spectrum', {
        names: ownSunscreens.map((placed) => placed.product.name).join(', '),
        spf: MIN_SPF,
      }),
      ingredient: null,
      date: null,
      ruleIds: [sunDailySpf.id, productContains.id, productOwnFirst.id],
    });
  }
  if (ownSunscreens.length === 0 && selection.sunscreen.length === 0) {
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

  const sunWarning = (name: string, sensitizer: Ingredient, day: number) =>
    warn({
      code: 'sun-sensitivity',
      message: message('warning-sun-sensitivity', {
        name,
        weeksAfter: weeksOfCareAfterStopping(sensitizer),
      }),
      ingredient: sensitizer.slug,
      date: dateOf(day),
      ruleIds: [photosensitizerSunWarning.id, sunDailySpf.id],
    });
  for (const pick of picks) {
    const sensitizer = pick.product ? pick.product.facts.photosensitizer : pick.ingredient;
    if (sensitizer?.photosensitizing) sunWarning(nameOf(pick), sensitizer, firstUse(pick));
  }
  for (const placed of own.placed) {
    // Base products start on day 1; serums and treatments were warned about above.
    const sensitizer = placed.facts.photosensitizer;
    if (sensitizer && placed.lead === undefined) sunWarning(placed.product.name, sensitizer, 0);
  }
  if (!firing.has(photosensitizerSunWarning.id)) {
    firing.check(photosensitizerSunWarning.id, () => ({ photosensitizers: [] }));
  }

  for (const pick of facts.picks) {
    if (inSchedule(pick)) continue;
    // The first new ingredient waits only for its patch window; later actives wait for the spacing.
    const patchOnly = !waitsForSpacing(firstUse(pick));
    const params = { name: nameOf(pick), date: dateOf(firstUse(pick)), weeks: profile.weeks };
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
  const planned = new Set<Pick>();
  for (const step of plan.am) for (const pick of step.picks) planned.add(pick);
  for (const step of plan.pm) for (const pick of step.picks) planned.add(pick);
  for (const pick of schedule.patched) {
    // A pick the routine left out gets no test; one deferred past the schedule still gets its window.
    if (!planned.has(pick) && inSchedule(pick)) continue;
    const first = firstUse(pick);
    warn({
      code: 'patch-test',
      message: patchTestWarning(nameOf(pick), dateOf(first - PATCH_WINDOW_DAYS), dateOf(first)),
      ingredient: pick.ingredient.slug,
      date: dateOf(first - PATCH_WINDOW_DAYS),
      ruleIds: [activesPatchTest.id],
    });
  }
  return warnings;
}
