import { message } from '../message.js';
import type { RuleTextList } from '../types.js';
import { commaList } from './rule-text.js';

/** A retinoid ramp as data: `[last week of use of the stage, nights a week in it]`, then every night. */
export type RampTable = readonly (readonly [lastWeek: number, nights: 1 | 2 | 3 | 4])[];

/** `every` is the last stage: every night not taken by an exfoliating acid. */
export type NightsPerWeek = 1 | 2 | 3 | 4 | 'every';

/** Nights a week in ramp week `rampWeek` (1-based) of a table. */
export function nightsFromTable(table: RampTable, rampWeek: number): NightsPerWeek {
  for (const [lastWeek, nights] of table) if (rampWeek <= lastWeek) return nights;
  return 'every';
}

/** The first ramp week of the every-night stage. */
export const everyNightFrom = (table: RampTable): number => (table.at(-1)?.[0] ?? 0) + 1;

/** While a week has fewer nights than this, no two retinoid nights are in a row (both ramps). */
export const APART_BELOW = 4;

/** "2 in weeks 1-2, 3 in weeks 3-4, …": a table as a rule's rationale states it, one message a stage. */
export function describeTable(table: RampTable): RuleTextList {
  let fromWeek = 1;
  return commaList(
    table.map(([toWeek, nights]) => {
      const stage = message('rule-ramp-stage', { nights, fromWeek, toWeek, single: fromWeek === toWeek });
      fromWeek = toWeek + 1;
      return stage;
    }),
  );
}

/** The first ramp week of each stage, the every-night stage last: `[1, 3, 5, 9]` for the standard ramp. */
export function stageStarts(table: RampTable): number[] {
  return [1, ...table.map(([lastWeek]) => lastWeek + 1)];
}

/** The first ramp week of the stage that ramp week `rampWeek` falls in. */
export function stageStartOf(table: RampTable, rampWeek: number): number {
  let start = 1;
  for (const candidate of stageStarts(table)) if (candidate <= rampWeek) start = candidate;
  return start;
}

/** The first ramp week of the stage before the one `rampWeek` falls in; the first stage has none before it. */
export function previousStageStart(table: RampTable, rampWeek: number): number {
  const starts = stageStarts(table);
  const current = stageStartOf(table, rampWeek);
  return starts[Math.max(0, starts.indexOf(current) - 1)]!;
}
