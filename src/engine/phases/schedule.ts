import { message } from '../message.js';
import { acidNightFrequency, acidNightsInWeek } from '../rules/acid-night-frequency.js';
import { activesNoStacking, stacks } from '../rules/actives-no-stacking.js';
import { activesOneAtATime, nextNewActiveDay } from '../rules/actives-one-at-a-time.js';
import { rampWeekOf, retinoidExperience } from '../rules/retinoid-experience.js';
import {
  isPatternNight,
  type NightsPerWeek,
  nightsInRampWeek,
  retinoidRamp,
} from '../rules/retinoid-ramp.js';
import { retinoidRampSensitive } from '../rules/retinoid-ramp-sensitive.js';
import { type Firing, profileFacts } from '../trace.js';
import type { RoutineFacts } from './facts.js';

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
 * The schedule phase: lays the chosen ingredients out day by day, asking the rules how many nights a
 * retinoid gets in each ramp week, how far apart new actives start and how often an acid may be used.
 * Low-irritation ingredients start on day 1; new actives start one at a time (retinoid first, then the
 * antioxidant, then the acid); the acid takes only nights the retinoid does not use until the
 * every-night stage, where an acid night is a night off the retinoid.
 */
export function buildSchedule(facts: RoutineFacts, firing: Firing): Schedule {
  const { profile, selection, length } = facts;
  const { retinoid, antioxidant, acid } = selection;
  const retinoidNights = new Uint8Array(length);
  const acidNights = new Uint8Array(length);
  const firstUse = new Map<string, number>();
  const retinoidStages: NightsPerWeek[] = [];

  // The stage of each schedule week, worked out once (days past the end keep the last stage's rule).
  const stageOfWeek = (week: number) =>
    nightsInRampWeek(rampWeekOf(week + 1, profile.retinoidWeeks), profile.sensitive);
  const stages: NightsPerWeek[] = [];
  for (let week = 0; week < profile.weeks; week++) stages.push(stageOfWeek(week));
  const stageOf = (day: number) => stages[Math.floor(day / 7)] ?? stageOfWeek(Math.floor(day / 7));
  const fixedNights = new Uint8Array(length);
  if (retinoid)
    for (let day = 0; day < length; day++) fixedNights[day] = isPatternNight(stageOf(day), day % 7) ? 1 : 0;
  // A retinoid night of a counted (pre-every-night) week: nothing that stacks with it may take it.
  const retinoidHolds = (day: number): boolean =>
    retinoid !== undefined && (day < length ? fixedNights[day] === 1 : isPatternNight(stageOf(day), day % 7));

  for (const pick of facts.picks) firstUse.set(pick.ingredient.slug, 0);

  let previousNew: number | undefined;
  if (retinoid && facts.fresh.has(retinoid)) previousNew = 0;

  const introduce = (pick: NonNullable<typeof antioxidant>): number => {
    if (!facts.actives.has(pick) || !facts.fresh.has(pick)) return 0;
    const start = nextNewActiveDay(previousNew, profile.sensitive);
    if (start > 0) {
      firing.fire(activesOneAtATime.id, () => ({
        facts: {
          ...profileFacts(profile, 'sensitive'),
          [`${pick.ingredient.slug}.irritation`]: pick.ingredient.irritation,
        },
        effect: message('effect-first-use', { slug: pick.ingredient.slug, day: start + 1 }),
      }));
    }
    return start;
  };

  if (antioxidant) {
    const start = introduce(antioxidant);
    firstUse.set(antioxidant.ingredient.slug, start);
    if (facts.actives.has(antioxidant)) previousNew = start;
  }

  if (acid) {
    const clash = retinoid !== undefined && stacks(retinoid.ingredient, acid.ingredient);
    const free = (day: number) => !(clash && retinoidHolds(day));
    let start = introduce(acid);
    while (!free(start)) start++;
    firstUse.set(acid.ingredient.slug, start);
    for (let acidWeek = 1, weekStart = start; weekStart < length; acidWeek++, weekStart += 7) {
      placeNights(
        acidNightsInWeek(acidWeek, profile),
        weekStart,
        Math.min(weekStart + 6, length - 1),
        free,
        acidNights,
      );
    }
    if (start < length) {
      firing.fire(acidNightFrequency.id, () => ({
        facts: profileFacts(profile, 'skinType', 'sensitive'),
        effect: message('effect-scheduled-nights', { slug: acid.ingredient.slug, nights: count(acidNights) }),
      }));
      if (clash)
        firing.fire(activesNoStacking.id, () => ({
          facts: {
            [`${acid.ingredient.slug}.class`]: acid.ingredient.class,
            [`${retinoid.ingredient.slug}.class`]: 'retinoid',
          },
        }));
    }
  }

  if (retinoid) {
    retinoidStages.push(...stages);
    for (let day = 0; day < length; day++) {
      if (fixedNights[day]) retinoidNights[day] = 1;
      else if (stages[Math.floor(day / 7)] === 'every') retinoidNights[day] = acidNights[day] ? 0 : 1;
    }
    firing.fire(profile.sensitive ? retinoidRampSensitive.id : retinoidRamp.id, () => ({
      facts: {
        ...profileFacts(profile, 'sensitive', 'retinoidWeeks'),
        firstRampWeek: rampWeekOf(1, profile.retinoidWeeks),
      },
      effect: message('effect-scheduled-nights', {
        slug: retinoid.ingredient.slug,
        nights: count(retinoidNights),
      }),
    }));
    if (profile.retinoidWeeks > 0) {
      firing.fire(retinoidExperience.id, () => ({
        facts: {
          ...profileFacts(profile, 'retinoidWeeks'),
          firstRampWeek: rampWeekOf(1, profile.retinoidWeeks),
        },
      }));
    }
  }

  return { length, retinoidNights, acidNights, firstUse, retinoidStages };
}

function count(nights: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < nights.length; i++) n += nights[i]!;
  return n;
}
