import { isoFromDays } from './dates.js';
import type { Plan } from './routine.js';
import type { RuleId } from './rules/index.js';
import type { Schedule } from './schedule.js';
import { allPicks, isActive, type Pick, type Role, type Selection } from './select.js';
import type { Profile, Warning } from './types.js';
import type { StepKind } from './vocabulary.js';

const STEP_OF_ROLE: Record<Role, StepKind> = {
  retinoid: 'treatment',
  acid: 'treatment',
  antioxidant: 'serum',
  serum: 'serum',
  moisturizer: 'moisturize',
  sunscreen: 'sunscreen',
};

interface WarningContext {
  profile: Profile;
  selection: Selection;
  /** What would have been chosen with nothing avoided. */
  unavoided: Selection;
  schedule: Schedule;
  plan: Plan;
  startDay: number;
}

/**
 * Every warning of a recommendation, in a fixed order: pregnancy, avoided ingredients,
 * sunscreen, sun sensitivity, deferred actives, then patch tests by date.
 */
export function warningsFor(context: WarningContext): Warning[] {
  const { profile, selection, unavoided, schedule, plan, startDay } = context;
  const warnings: Warning[] = [];
  const dateOf = (day: number) => isoFromDays(startDay + day);
  const firstUse = (pick: Pick) => schedule.firstUse.get(pick.ingredient.slug) ?? 0;
  const inSchedule = (pick: Pick) => firstUse(pick) < schedule.length;
  const warn = (
    code: Warning['code'],
    message: string,
    ingredient: string | null,
    date: string | null,
    ruleIds: RuleId[],
  ) => warnings.push({ code, message, ingredient, date, ruleIds });

  if (profile.pregnancy === 'pregnant' || profile.pregnancy === 'trying') {
    warn(
      'pregnancy',
      'No retinoid while pregnant or trying to conceive: retinoids are avoided in pregnancy as a precaution, ' +
        'and so is anything the catalogue marks as not for pregnancy. Peptides take the firming slot instead.',
      null,
      null,
      ['retinoid.pregnancy'],
    );
  }
  if (profile.pregnancy === 'breastfeeding' && selection.retinoid && inSchedule(selection.retinoid)) {
    warn(
      'breastfeeding',
      `While breastfeeding, apply ${selection.retinoid.ingredient.name} to the face and neck only, never the chest, ` +
        'so the baby does not come into contact with it.',
      selection.retinoid.ingredient.slug,
      dateOf(firstUse(selection.retinoid)),
      ['retinoid.pregnancy', 'area.neck-decolletage'],
    );
  }

  const chosen = new Set(allPicks(selection).map((pick) => pick.ingredient.slug));
  const wouldHave = new Map(allPicks(unavoided).map((pick) => [pick.ingredient.slug, pick]));
  for (const slug of profile.avoid) {
    const left = wouldHave.get(slug);
    if (left && !chosen.has(slug)) {
      warn(
        'avoided',
        `${left.ingredient.name} is on your avoid list, so the ${STEP_OF_ROLE[left.role]} step leaves it out.`,
        slug,
        null,
        ['profile.avoid'],
      );
    } else {
      warn('avoided', `${slug} is on your avoid list; it is not part of this routine.`, slug, null, [
        'profile.avoid',
      ]);
    }
  }

  if (!selection.sunscreen) {
    warn(
      'no-uv-filter',
      'No UV filter in the catalogue fits your profile and avoid list, so the sunscreen step names no ingredient: ' +
        'still wear a broad-spectrum SPF 30+ sunscreen you tolerate every morning.',
      null,
      null,
      profile.avoid.length > 0 ? ['sun.daily-spf', 'profile.avoid'] : ['sun.daily-spf'],
    );
  }

  const picks = allPicks(selection).filter(inSchedule);
  for (const pick of picks) {
    if (!pick.ingredient.photosensitizing) continue;
    const after = pick.ingredient.class === 'aha' ? ' and for a week after you stop using it' : '';
    warn(
      'sun-sensitivity',
      `${pick.ingredient.name} makes skin more sensitive to the sun: wear sunscreen every day and limit time in ` +
        `the sun while you use it${after}.`,
      pick.ingredient.slug,
      dateOf(firstUse(pick)),
      ['photosensitizer.sun-warning', 'sun.daily-spf'],
    );
  }

  for (const pick of allPicks(selection)) {
    if (inSchedule(pick)) continue;
    warn(
      'deferred',
      `${pick.ingredient.name} would start on ${dateOf(firstUse(pick))}, after this ${profile.weeks}-week schedule, ` +
        'to keep new actives apart: ask for a longer schedule to include it.',
      pick.ingredient.slug,
      dateOf(firstUse(pick)),
      ['actives.one-at-a-time'],
    );
  }

  // Patch tests: every new active, or for sensitive skin every new ingredient of any step.
  const named = new Set<string>();
  for (const step of [...plan.am, ...plan.pm]) for (const pick of step.picks) named.add(pick.ingredient.slug);
  const toTest = picks
    .filter((pick) => named.has(pick.ingredient.slug))
    .filter((pick) => !(pick.role === 'retinoid' && profile.retinoidWeeks > 0))
    .filter((pick) => profile.sensitive || isActive(pick.ingredient))
    .sort((a, b) => firstUse(a) - firstUse(b));
  for (const pick of toTest) {
    warn(
      'patch-test',
      `Patch-test ${pick.ingredient.name} before its first use on ${dateOf(firstUse(pick))}: apply the usual amount ` +
        'to a small spot on the inner arm or the bend of the elbow twice a day for 7–10 days, and stop if redness, ' +
        'itching or swelling appears.',
      pick.ingredient.slug,
      dateOf(firstUse(pick)),
      ['actives.patch-test'],
    );
  }
  return warnings;
}
