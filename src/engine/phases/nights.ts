import { acidNightsInWeek } from '../rules/acid-night-frequency.js';
import { isPatternNight, type NightsPerWeek, nightsInRampWeek } from '../rules/retinoid-ramp.js';
import type { Profile } from '../types.js';

/**
 * A stretch of a retinoid's ramp: from its first night (or a restart after a check-in) until the next
 * change. Its weeks are the 7-day runs counted from `from`, so a ramp stays exact within each.
 */
export interface RampStretch {
  /** First day (0-based day of the schedule). */
  from: number;
  /** The day after its last (exclusive). */
  to: number;
  /** The ramp week of each of its weeks, one for every week that starts before the schedule ends. */
  rampWeeks: number[];
  /** Nights a week in each of its weeks, from `rampWeeks`. */
  stages: NightsPerWeek[];
  /** Its first week leaves `from` free: it starts the day after a reaction. */
  afterReaction: boolean;
  /** Day of the check-in that started it; null for the ramp as first planned. */
  reportedOn: number | null;
}

/** A stretch of an exfoliating acid's use: its weeks of use, and so its caps, count from `from`. */
export interface AcidStretch {
  from: number;
  to: number;
  reportedOn: number | null;
}

/** What the nights of the evening treatments are laid out from. */
export interface NightPlan {
  length: number;
  retinoid: readonly RampStretch[];
  acid: readonly AcidStretch[];
  /** Whether the retinoid and the acid may never share a night (`actives.no-stacking`). */
  clash: boolean;
  /**
   * The acid's planned first night, after its patch window: it stays put when a check-in moves the
   * ramp, and the retinoid's week around it spreads its nights around it. -1 when none.
   */
  acidFirstNight: number;
}

/** A ramp stretch from `from` to the end of the schedule, its weeks at the given ramp weeks. */
export function rampStretch(
  from: number,
  length: number,
  rampWeekOf: (week: number) => number,
  slow: boolean,
  afterReaction: boolean,
  reportedOn: number | null,
): RampStretch {
  const rampWeeks: number[] = [];
  for (let start = from; start < length; start += 7) rampWeeks.push(rampWeekOf(rampWeeks.length));
  return {
    from,
    to: length,
    rampWeeks,
    stages: rampWeeks.map((week) => nightsInRampWeek(week, slow)),
    afterReaction,
    reportedOn,
  };
}

/** The stretch a day falls in, or undefined in a pause or before the first night. */
export function stretchOn<T extends { from: number; to: number }>(stretches: readonly T[], day: number) {
  for (const stretch of stretches) if (day >= stretch.from && day < stretch.to) return stretch;
  return undefined;
}

/** The day of its week (0-6) the acid's first night takes in the week starting `start`, or -1. */
const takenIn = (start: number, acidFirstNight: number) =>
  acidFirstNight >= start && acidFirstNight < start + 7 ? acidFirstNight - start : -1;

/** A retinoid night of a counted (pre-every-night) week: nothing that stacks with it may take it. */
export function retinoidHolds(plan: NightPlan, day: number): boolean {
  const stretch = stretchOn(plan.retinoid, day);
  if (!stretch) return false;
  const week = Math.floor((day - stretch.from) / 7);
  const start = stretch.from + week * 7;
  return isPatternNight(
    stretch.stages[week]!,
    day - start,
    stretch.afterReaction && week === 0,
    plan.clash ? takenIn(start, plan.acidFirstNight) : -1,
  );
}

/** Spread `count` nights over days `from`..`to`, at least 3 apart where the week allows. */
function placeNights(
  count: number,
  from: number,
  to: number,
  free: (day: number) => boolean,
  out: Uint8Array,
) {
  let last = -Infinity;
  for (let placed = 0; placed < count; placed++) {
    let chosen: number | undefined;
    for (let day = Math.max(from, last + 3); day <= to && chosen === undefined; day++)
      if (free(day)) chosen = day;
    for (let day = Math.max(from, last + 1); day <= to && chosen === undefined; day++)
      if (free(day)) chosen = day;
    if (chosen === undefined) return;
    out[chosen] = 1;
    last = chosen;
  }
}

/**
 * Lays the evening treatments' nights into the two arrays (cleared first): the acid first, on nights
 * the retinoid's counted weeks leave free, at its cap for each week of use of its stretch; then the
 * retinoid, on its pattern nights, or at the every-night stage on every night the acid does not take.
 */
export function layNights(
  plan: NightPlan,
  profile: Profile,
  retinoidNights: Uint8Array,
  acidNights: Uint8Array,
): void {
  retinoidNights.fill(0);
  acidNights.fill(0);
  const free = (day: number) => !(plan.clash && retinoidHolds(plan, day));
  for (const stretch of plan.acid) {
    for (let acidWeek = 1, weekStart = stretch.from; weekStart < stretch.to; acidWeek++, weekStart += 7) {
      placeNights(
        acidNightsInWeek(acidWeek, profile),
        weekStart,
        Math.min(weekStart + 6, stretch.to - 1),
        free,
        acidNights,
      );
    }
  }
  for (const stretch of plan.retinoid) {
    for (let week = 0, start = stretch.from; start < stretch.to; week++, start += 7) {
      const stage = stretch.stages[week]!;
      const end = Math.min(start + 7, stretch.to);
      if (stage === 'every') {
        for (let day = start; day < end; day++) retinoidNights[day] = acidNights[day] ? 0 : 1;
      } else {
        const taken = plan.clash ? takenIn(start, plan.acidFirstNight) : -1;
        for (let day = start; day < end; day++)
          if (isPatternNight(stage, day - start, stretch.afterReaction && week === 0, taken))
            retinoidNights[day] = 1;
      }
    }
  }
}
