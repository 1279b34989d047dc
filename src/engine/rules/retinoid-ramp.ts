import { type Message, message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import {
  APART_BELOW,
  describeTable,
  everyNightFrom,
  type NightsPerWeek,
  nightsFromTable,
  type RampTable,
} from './ramp-table.js';
import { SENSITIVE_RAMP } from './retinoid-ramp-sensitive.js';

export type { NightsPerWeek } from './ramp-table.js';

/** The standard ramp. */
export const STANDARD_RAMP: RampTable = [
  [2, 2],
  [4, 3],
  [8, 4],
];

export { APART_BELOW } from './ramp-table.js';

/**
 * Where a week's retinoid nights fall (days of the schedule week, 0-based): spread so that no two are
 * in a row while a week has fewer than {@link APART_BELOW}, including across weeks (every pattern
 * leaves the last day free, and the ramp never goes down).
 */
export const NIGHT_PATTERNS: Record<1 | 2 | 3 | 4, readonly number[]> = {
  1: [0],
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 2, 4, 6],
};

/**
 * The first week of a stretch that starts the day after a reaction (`checkin.step-back`): the same
 * counts with that first day left free, so the night after a reaction is never a retinoid night and
 * no two nights fall in a row across the change.
 */
export const NIGHT_PATTERNS_AFTER_REACTION: Record<1 | 2 | 3 | 4, readonly number[]> = {
  1: [1],
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 3, 5, 6],
};

/** The ramp table a profile follows; sensitive skin ramps twice as slowly. */
export const rampTable = (sensitive: boolean): RampTable => (sensitive ? SENSITIVE_RAMP : STANDARD_RAMP);

/** Nights a week a retinoid is used in ramp week `rampWeek` (1-based); sensitive skin ramps twice as slowly. */
export const nightsInRampWeek = (rampWeek: number, sensitive: boolean): NightsPerWeek =>
  nightsFromTable(rampTable(sensitive), rampWeek);

/**
 * Whether day `dayOfWeek` (0-6 of a schedule week) is a retinoid night in a counted stage;
 * `afterReaction` for the first week of a stretch that follows a reaction; `taken` (0-6, or -1) a day
 * of the week the acid's planned first night holds.
 */
export const isPatternNight = (
  stage: NightsPerWeek,
  dayOfWeek: number,
  afterReaction = false,
  taken = -1,
): boolean => stage !== 'every' && nightPattern(stage, afterReaction, taken).includes(dayOfWeek);

/**
 * The nights of a counted week: its usual pattern, or, when that would take the day the acid's planned
 * first night holds (only once a check-in has moved the ramp), the first other spread that keeps the
 * week's rules: the same count, none in a row below {@link APART_BELOW}, the last day free, and the
 * first day free after a reaction. When no spread fits, the week gives up that one night.
 */
export function nightPattern(stage: 1 | 2 | 3 | 4, afterReaction: boolean, taken: number): readonly number[] {
  const usual = (afterReaction ? NIGHT_PATTERNS_AFTER_REACTION : NIGHT_PATTERNS)[stage];
  if (taken < 0 || !usual.includes(taken)) return usual;
  const apart = stage < APART_BELOW;
  const last = apart ? 5 : 6;
  const pick = (from: number, left: number): number[] | undefined => {
    if (left === 0) return [];
    for (let day = from; day <= last; day++) {
      if (day === taken) continue;
      const rest = pick(apart ? day + 2 : day + 1, left - 1);
      if (rest) return [day, ...rest];
    }
    return undefined;
  };
  return pick(afterReaction ? 1 : 0, stage) ?? usual.filter((day) => day !== taken);
}

/**
 * The ramp in words, one stage per run of equal weeks of use: "from 2026-12-08: 2 nights a week in
 * weeks 1–2, never two in a row; …; then every night from week 9 except acid nights" (`from` is the
 * first night when it is not the schedule's first day).
 */
export function rampFrequency(
  stages: readonly NightsPerWeek[],
  withAcid: boolean,
  from: string | null,
): Message {
  const ramp = rampStages(stages, withAcid);
  return from === null ? ramp : message('ramp-from', { date: from, ramp });
}

/** The stages alone, weeks counted from the stretch's first day ("2 nights a week in weeks 1–2; …"). */
export function rampStages(stages: readonly NightsPerWeek[], withAcid: boolean): Message {
  const parts: Message[] = [];
  let from = 0;
  for (let week = 1; week <= stages.length; week++) {
    const stage = stages[from]!;
    if (week < stages.length && stages[week] === stage) continue;
    if (stage === 'every') {
      parts.push(
        message('ramp-stage-every', {
          fromWeek: from > 0 ? from + 1 : 0,
          afterEarlier: parts.length > 0,
          withAcid,
        }),
      );
    } else {
      // "never two in a row" only means something for 2 or 3 nights a week.
      const apart = stage > 1 && stage < APART_BELOW;
      parts.push(
        message('ramp-stage-counted', {
          nights: stage,
          fromWeek: from + 1,
          toWeek: week,
          single: from + 1 === week,
          apart,
        }),
      );
    }
    from = week;
  }
  return message('ramp-stages', { stages: parts });
}

/**
 * `retinoid.ramp`: schedules a retinoid on exactly 2 nights a week in weeks 1-2 of use, 3 in weeks 3-4,
 * 4 in weeks 5-8, and from week 9 every night not taken by an acid, never on consecutive nights while
 * under 4 a week.
 * Why: irritation is the main reason people abandon retinoids, so skin is given time to adapt. Source:
 * the Supermood serum article; Mukherjee et al. (2006).
 */
export const retinoidRamp = {
  id: 'retinoid.ramp',
  reads: ['retinoidWeeks', 'weeks'],
  params: {
    table: describeTable(STANDARD_RAMP),
    everyNightFrom: everyNightFrom(STANDARD_RAMP),
    apartBelow: APART_BELOW,
  },
  sources: [SOURCES.article, SOURCES['retinoid-aging-review']],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
