import { isActive, type Selection } from './select.js';
import type { Profile } from './types.js';

/** `every` is the last stage: every night not taken by an exfoliating acid. */
export type NightsPerWeek = 1 | 2 | 3 | 4 | 'every';

/**
 * `retinoid.ramp` and `retinoid.ramp-sensitive`: how many nights a retinoid is used in
 * a given week of use (1-based). Sensitive skin spends twice as long at each stage.
 */
export function retinoidNightsPerWeek(weekOfUse: number, sensitive: boolean): NightsPerWeek {
  for (const [lastWeek, nights] of sensitive ? SENSITIVE_RAMP : STANDARD_RAMP) {
    if (weekOfUse <= lastWeek) return nights;
  }
  return 'every';
}

/** [last week of use of the stage, nights a week in it]; after the last stage, every night. */
const STANDARD_RAMP: readonly (readonly [number, NightsPerWeek])[] = [
  [2, 2],
  [4, 3],
  [8, 4],
];
const SENSITIVE_RAMP: readonly (readonly [number, NightsPerWeek])[] = [
  [4, 1],
  [8, 2],
  [12, 3],
  [16, 4],
];

// Where a week's retinoid nights fall (days of the schedule week, 0-based): spread so
// that no two are in a row while a week has fewer than four, including across weeks
// (every pattern leaves the last day free, and the ramp never goes down).
const NIGHT_PATTERNS: Record<1 | 2 | 3 | 4, readonly number[]> = {
  1: [0],
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 2, 4, 6],
};

/** Nights a week an exfoliating acid may be used in its `acidWeek`-th week of use (`acid.night-frequency`). */
export function acidNightsPerWeek(acidWeek: number, profile: Profile): 1 | 2 {
  if (acidWeek <= 4) return 1;
  return profile.skinType === 'dry' || profile.sensitive ? 1 : 2;
}

/** Days between the first uses of two new actives (`actives.one-at-a-time`). */
export const introductionSpacingDays = (profile: Profile) => (profile.sensitive ? 28 : 14);

export interface Schedule {
  /** Days in the schedule: weeks × 7. */
  length: number;
  /** 1 on the nights the retinoid is applied. */
  retinoidNights: Uint8Array;
  /** 1 on the nights the exfoliating acid is applied. */
  acidNights: Uint8Array;
  /** Day index of each chosen ingredient's first use; at or past `length` means after the schedule. */
  firstUse: Map<string, number>;
  /** For each schedule week (index 0 = week 1), the retinoid's nights that week. */
  retinoidStages: NightsPerWeek[];
}

/**
 * Lays the chosen ingredients out day by day. Low-irritation ingredients start on day 1;
 * new actives start one at a time (retinoid first, then the antioxidant, then the acid);
 * the retinoid follows its ramp; the acid takes only nights the retinoid does not use
 * until the every-night stage, where an acid night is a night off the retinoid.
 */
export function buildSchedule(profile: Profile, selection: Selection): Schedule {
  const length = profile.weeks * 7;
  const retinoidNights = new Uint8Array(length);
  const acidNights = new Uint8Array(length);
  const firstUse = new Map<string, number>();
  const retinoidStages: NightsPerWeek[] = [];

  // The stage of each schedule week, worked out once (days past the end keep the last stage's rule).
  const stageOfWeek = (week: number) =>
    retinoidNightsPerWeek(profile.retinoidWeeks + week + 1, profile.sensitive);
  const stages: NightsPerWeek[] = [];
  for (let week = 0; week < profile.weeks; week++) stages.push(stageOfWeek(week));
  const stageOf = (day: number) => stages[Math.floor(day / 7)] ?? stageOfWeek(Math.floor(day / 7));
  // A retinoid night that nothing may take: one of a counted (pre-every-night) week.
  const isFixed = (day: number): boolean => {
    const stage = stageOf(day);
    return stage !== 'every' && NIGHT_PATTERNS[stage].includes(day % 7);
  };
  const fixedNights = new Uint8Array(length);
  if (selection.retinoid) for (let day = 0; day < length; day++) fixedNights[day] = isFixed(day) ? 1 : 0;
  const fixedRetinoidNight = (day: number): boolean =>
    selection.retinoid !== undefined && (day < length ? fixedNights[day] === 1 : isFixed(day));

  for (const pick of [...selection.serums, ...selection.moisturizer]) firstUse.set(pick.ingredient.slug, 0);
  if (selection.sunscreen) firstUse.set(selection.sunscreen.ingredient.slug, 0);

  const spacing = introductionSpacingDays(profile);
  let nextNewActive = 0;
  const { retinoid, antioxidant, acid } = selection;

  if (retinoid) {
    firstUse.set(retinoid.ingredient.slug, 0);
    // Someone already on a retinoid is not starting a new active with it.
    if (profile.retinoidWeeks === 0) nextNewActive = spacing;
  }

  if (antioxidant) {
    const start = isActive(antioxidant.ingredient) ? nextNewActive : 0;
    firstUse.set(antioxidant.ingredient.slug, start);
    if (isActive(antioxidant.ingredient)) nextNewActive = start + spacing;
  }

  if (acid) {
    let start = isActive(acid.ingredient) ? nextNewActive : 0;
    while (fixedRetinoidNight(start)) start++;
    firstUse.set(acid.ingredient.slug, start);
    const freeNight = (from: number, to: number): number | undefined => {
      for (let day = from; day <= to && day < length; day++) if (!fixedRetinoidNight(day)) return day;
      return undefined;
    };
    for (let acidWeek = 1, weekStart = start; weekStart < length; acidWeek++, weekStart += 7) {
      const weekEnd = weekStart + 6;
      const first = freeNight(weekStart, weekEnd);
      if (first === undefined) continue;
      acidNights[first] = 1;
      if (acidNightsPerWeek(acidWeek, profile) === 2) {
        // Spread the two nights; fall back to any free night of the week.
        const second = freeNight(first + 3, weekEnd) ?? freeNight(first + 1, weekEnd);
        if (second !== undefined) acidNights[second] = 1;
      }
    }
  }

  if (retinoid) {
    retinoidStages.push(...stages);
    for (let day = 0; day < length; day++) {
      if (fixedNights[day]) retinoidNights[day] = 1;
      else if (stages[Math.floor(day / 7)] === 'every') retinoidNights[day] = acidNights[day] ? 0 : 1;
    }
  }

  return { length, retinoidNights, acidNights, firstUse, retinoidStages };
}
