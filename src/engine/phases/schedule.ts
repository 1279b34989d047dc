import { message } from '../message.js';
import { acidNightFrequency } from '../rules/acid-night-frequency.js';
import { activesNoStacking, stacks } from '../rules/actives-no-stacking.js';
import { activesOneAtATime, FIRST_NEW_DAY, nextNewActiveDay } from '../rules/actives-one-at-a-time.js';
import { activesPatchTest, needsPatchWindow, PATCH_WINDOW_DAYS } from '../rules/actives-patch-test.js';
import { rampWeekOf, retinoidExperience } from '../rules/retinoid-experience.js';
import { type NightsPerWeek, retinoidRamp } from '../rules/retinoid-ramp.js';
import { retinoidRampSensitive } from '../rules/retinoid-ramp-sensitive.js';
import { sensitiveGentleOnly, slowRamp } from '../rules/sensitive-gentle-only.js';
import { type Firing, profileFacts } from '../trace.js';
import type { RoutineFacts } from './facts.js';
import { type AcidStretch, layNights, type RampStretch, rampStretch, retinoidHolds } from './nights.js';
import type { Pick } from './select.js';

export interface Schedule {
  /** Days in the schedule: weeks × 7. */
  length: number;
  /** 1 on the nights the retinoid is applied. */
  retinoidNights: Uint8Array;
  /** 1 on the nights the exfoliating acid is applied. */
  acidNights: Uint8Array;
  /** Day index of each pick's first use, by its key; at or past `length` means after the schedule. */
  firstUse: Map<string, number>;
  /** Picks with a patch window, in the order their windows open; each window is the days before first use. */
  patched: Pick[];
  /** The retinoid's nights a week, for each of its weeks of use that starts inside the schedule. */
  retinoidStages: NightsPerWeek[];
  /** The retinoid's ramp as laid out: one stretch from its first night (check-ins may add more). */
  retinoidStretches: RampStretch[];
  /** The acid's use: one stretch from its first night (check-ins may add more). */
  acidStretches: AcidStretch[];
  /** Whether the retinoid and the acid may never share a night. */
  clash: boolean;
}

/**
 * The schedule phase: lays the chosen ingredients out day by day, asking the rules when each may
 * start, how many nights a retinoid gets in each week of use and how often an acid may be used.
 * Weeks of use count from each active's own first night. A new active starts after its patch window
 * (day 8 at the earliest), new actives one at a time (retinoid first, then the antioxidant, then the
 * acid, then any own serum holding an active); the acid takes only nights the retinoid does not use until the every-night stage, where an
 * acid night is a night off the retinoid.
 */
export function buildSchedule(facts: RoutineFacts, firing: Firing): Schedule {
  const { profile, selection, length } = facts;
  const { retinoid, antioxidant, acid } = selection;
  const retinoidNights = new Uint8Array(length);
  const acidNights = new Uint8Array(length);
  const firstUse = new Map<string, number>();
  const patched: Pick[] = [];
  const slow = slowRamp(profile);
  if (retinoid && slow && !profile.sensitive) {
    firing.fire(sensitiveGentleOnly.id, () => ({ facts: profileFacts(profile, 'sensitive', 'concerns') }));
  }

  /** A pick's first day: after its patch window when it gets one, else day 1. */
  const windowed = (pick: Pick) =>
    facts.treating.has(pick) && needsPatchWindow(facts.actives.has(pick), facts.fresh.has(pick), profile);
  for (const pick of facts.picks) firstUse.set(pick.key, windowed(pick) ? FIRST_NEW_DAY : 0);

  let previousNew: number | undefined;
  const introduce = (pick: Pick): number => {
    if (!facts.actives.has(pick) || !facts.fresh.has(pick)) return firstUse.get(pick.key) ?? 0;
    const start = nextNewActiveDay(previousNew, profile.sensitive);
    previousNew = start;
    firing.fire(activesOneAtATime.id, () => ({
      facts: {
        ...profileFacts(profile, 'sensitive'),
        [`${pick.ingredient.slug}.irritation`]: pick.ingredient.irritation,
      },
      effect: message('effect-first-use', { slug: pick.ingredient.slug, day: start + 1 }),
    }));
    return start;
  };

  // The retinoid first: its weeks of use, and so its ramp, count from its own first night.
  const retinoidStart = retinoid ? introduce(retinoid) : -1;
  if (retinoid) firstUse.set(retinoid.key, retinoidStart);
  const retinoidStretches: RampStretch[] = retinoid
    ? [
        rampStretch(
          retinoidStart,
          length,
          (week) => rampWeekOf(week + 1, profile.retinoidWeeks),
          slow,
          false,
          null,
        ),
      ]
    : [];
  const retinoidStages = retinoidStretches[0]?.stages ?? [];

  if (antioxidant) firstUse.set(antioxidant.key, introduce(antioxidant));

  const clash = retinoid !== undefined && acid !== undefined && stacks(retinoid.ingredient, acid.ingredient);
  const acidStretches: AcidStretch[] = [];
  if (acid) {
    let start = introduce(acid);
    const before = { length, retinoid: retinoidStretches, acid: [], clash, acidFirstNight: -1 };
    while (clash && retinoidHolds(before, start)) start++;
    // A later new active is spaced from the acid's real first night.
    if (previousNew !== undefined) previousNew = Math.max(previousNew, start);
    firstUse.set(acid.key, start);
    if (start < length) acidStretches.push({ from: start, to: length, reportedOn: null });
  }
  layNights(
    {
      length,
      retinoid: retinoidStretches,
      acid: acidStretches,
      clash,
      acidFirstNight: acidStretches[0]?.from ?? -1,
    },
    profile,
    retinoidNights,
    acidNights,
  );

  if (acid && acidStretches.length > 0) {
    firing.fire(acidNightFrequency.id, () => ({
      facts: profileFacts(profile, 'skinType', 'sensitive'),
      effect: message('effect-scheduled-nights', { slug: acid.ingredient.slug, nights: count(acidNights) }),
    }));
    if (clash) {
      firing.fire(activesNoStacking.id, () => ({
        facts: {
          [`${acid.ingredient.slug}.class`]: acid.ingredient.class,
          [`${retinoid!.ingredient.slug}.class`]: 'retinoid',
        },
      }));
    }
  }

  // An own serum holding an active is a new active like the others: it takes its turn after them.
  for (const pick of selection.serums)
    if (facts.actives.has(pick) && facts.fresh.has(pick)) firstUse.set(pick.key, introduce(pick));

  if (retinoid) {
    firing.fire(slow ? retinoidRampSensitive.id : retinoidRamp.id, () => ({
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

  // Patch windows: the days right before each windowed pick's first use, when the window opens inside
  // the schedule; one that opens near its end is kept even though the first use falls after it, so
  // the test is done when the person goes on.
  const windows = facts.picks.filter(
    (pick) => windowed(pick) && (firstUse.get(pick.key) ?? 0) - PATCH_WINDOW_DAYS < length,
  );
  windows.sort((a, b) => (firstUse.get(a.key) ?? 0) - (firstUse.get(b.key) ?? 0));
  for (const pick of windows) {
    patched.push(pick);
    firing.fire(activesPatchTest.id, () => ({
      facts: {
        ...profileFacts(profile, 'sensitive'),
        [`${pick.ingredient.slug}.irritation`]: pick.ingredient.irritation,
      },
      effect: message('effect-patch-window', {
        slug: pick.ingredient.slug,
        day: (firstUse.get(pick.key) ?? 0) + 1 - PATCH_WINDOW_DAYS,
        days: PATCH_WINDOW_DAYS,
      }),
    }));
  }

  return {
    length,
    retinoidNights,
    acidNights,
    firstUse,
    patched,
    retinoidStages,
    retinoidStretches,
    acidStretches,
    clash,
  };
}

export function count(nights: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < nights.length; i++) n += nights[i]!;
  return n;
}
