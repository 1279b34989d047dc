import { isoFromDays, parseIsoDate } from '../dates.js';
import { type Message, message } from '../message.js';
import { acidFrequency, acidNightFrequency } from '../rules/acid-night-frequency.js';
import { checkinHold, heldRampWeeks, holdsRamp } from '../rules/checkin-hold.js';
import { checkinPurge, isPurge, purgeWarning } from '../rules/checkin-purge.js';
import {
  checkinStepBack,
  pausesAcid,
  STEP_BACK_DAYS,
  steppedBackRampWeeks,
  stepsBackRamp,
} from '../rules/checkin-step-back.js';
import {
  checkinStop,
  RESTART_RAMP_WEEK,
  STOP_DAYS,
  stopElsewhereWarning,
  stops,
  stopWarning,
} from '../rules/checkin-stop.js';
import type { RuleId } from '../rules/index.js';
import {
  nightsInRampWeek,
  rampFrequency,
  rampStages,
  rampTable,
  retinoidRamp,
} from '../rules/retinoid-ramp.js';
import { retinoidRampSensitive } from '../rules/retinoid-ramp-sensitive.js';
import { slowRamp } from '../rules/sensitive-gentle-only.js';
import type { Facts, Firing } from '../trace.js';
import type { Adjustment, CatalogueSnapshot, CheckIn, Warning } from '../types.js';
import type { AdjustmentAction } from '../vocabulary.js';
import type { RoutineFacts } from './facts.js';
import { type AcidStretch, layNights, type RampStretch, rampStretch, stretchOn } from './nights.js';
import { appliesOn, type Plan, type PlannedStep } from './routine.js';
import type { Schedule } from './schedule.js';
import type { Pick } from './select.js';

/** Days an active is off after a check-in: `from` to `to` (exclusive). */
interface Pause {
  from: number;
  to: number;
  reportedOn: number;
}

export interface CheckInOutcome {
  /** The plan with the steps of every adjusted active following its new schedule. */
  plan: Plan;
  adjustments: Adjustment[];
  /** `stop-and-seek-advice` and `purging`, in check-in order, each dated on its check-in. */
  warnings: Warning[];
}

/** Removes what starts at or after `day` and ends what runs past it (`to` exclusive). */
function cutFrom<T extends { from: number; to: number }>(list: T[], day: number): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i]!;
    if (item.from >= day) list.splice(i, 1);
    else if (item.to > day) item.to = day;
  }
}

const byDate = (a: { checkIn: CheckIn; index: number }, b: { checkIn: CheckIn; index: number }) =>
  a.checkIn.date < b.checkIn.date ? -1 : a.checkIn.date > b.checkIn.date ? 1 : a.index - b.index;

/**
 * The check-in phase (`checkin.hold`, `checkin.step-back`, `checkin.stop`, `checkin.purge`): applies the
 * profile's check-ins in date order, each from the day after it, to the schedule and the plan. A
 * check-in implicates the actives it names that have started, or, naming none, every active applied
 * that day or the day before; the rules decide what each reaction does to each implicated active. The
 * retinoid's and the acid's nights are laid out again in place after every change, so the next
 * check-in sees the plan as it then stands and the steps' days follow.
 *
 * Only called when there are check-ins: a plan without them takes none of this work.
 */
export function applyCheckIns(
  facts: RoutineFacts,
  schedule: Schedule,
  plan: Plan,
  catalogue: CatalogueSnapshot,
  firing: Firing,
): CheckInOutcome {
  const { profile, selection, startDay, length } = facts;
  const dateOf = (day: number) => isoFromDays(startDay + day);
  const slow = slowRamp(profile);
  const table = rampTable(slow);
  const rampRule: RuleId = slow ? retinoidRampSensitive.id : retinoidRamp.id;

  const stepsOf = new Map<Pick, PlannedStep[]>();
  for (const step of [...plan.am, ...plan.pm])
    for (const pick of step.picks) stepsOf.set(pick, [...(stepsOf.get(pick) ?? []), step]);
  const planned = (pick: Pick | undefined) => (pick && stepsOf.has(pick) ? pick : undefined);
  const retinoid = planned(selection.retinoid);
  const acid = planned(selection.acid);
  const actives = facts.picks.filter((pick) => facts.actives.has(pick) && stepsOf.has(pick));
  const firstUse = (pick: Pick) => schedule.firstUse.get(pick.key) ?? 0;

  const retinoidStretches: RampStretch[] = schedule.retinoidStretches.map((stretch) => ({ ...stretch }));
  const acidStretches: AcidStretch[] = schedule.acidStretches.map((stretch) => ({ ...stretch }));
  const pauses = new Map<Pick, Pause[]>();
  /** The check-in rules that changed each active's schedule. */
  const changedBy = new Map<Pick, Set<RuleId>>();
  const adjustments: Adjustment[] = [];
  const warnings: Warning[] = [];

  const paused = (pick: Pick, day: number) =>
    pauses.get(pick)?.some((pause) => day >= pause.from && day < pause.to) === true;
  /** The end of a pause `day` falls in (0 when none): a new pause never ends an earlier one sooner. */
  const pausedUntil = (pick: Pick, day: number) =>
    pauses.get(pick)?.find((pause) => day >= pause.from && day < pause.to)?.to ?? 0;
  const applied = (pick: Pick, day: number): boolean => {
    if (day < 0) return false;
    if (pick === retinoid) return schedule.retinoidNights[day] === 1;
    if (pick === acid) return schedule.acidNights[day] === 1;
    return !paused(pick, day) && stepsOf.get(pick)!.some((step) => appliesOn(step, day));
  };
  const implicate = (checkIn: CheckIn, day: number): Pick[] => {
    const named = checkIn.ingredients;
    if (named === null) return actives.filter((pick) => applied(pick, day) || applied(pick, day - 1));
    return actives.filter((pick) => named.includes(pick.ingredient.slug) && firstUse(pick) <= day);
  };
  /** Ends an active's stretches and pauses at `day`, so a change can start there. */
  const cutAt = (pick: Pick, day: number) => {
    if (pick === retinoid) cutFrom(retinoidStretches, day);
    if (pick === acid) cutFrom(acidStretches, day);
    cutFrom(pauses.get(pick) ?? [], day);
  };
  const pause = (pick: Pick, from: number, to: number, reportedOn: number) => {
    const list = pauses.get(pick) ?? [];
    list.push({ from, to, reportedOn });
    pauses.set(pick, list);
  };
  const acidFirstNight = schedule.acidStretches[0]?.from ?? -1;
  const relay = () =>
    layNights(
      { length, retinoid: retinoidStretches, acid: acidStretches, clash: schedule.clash, acidFirstNight },
      profile,
      schedule.retinoidNights,
      schedule.acidNights,
    );

  const record = (
    pick: Pick,
    checkIn: CheckIn,
    action: AdjustmentAction,
    until: number,
    ruleIds: RuleId[],
    why: Facts,
  ) => {
    const slug = pick.ingredient.slug;
    adjustments.push({ date: checkIn.date, ingredient: slug, action, until: dateOf(until), ruleIds });
    const rules = changedBy.get(pick) ?? new Set<RuleId>();
    rules.add(ruleIds[0]!);
    changedBy.set(pick, rules);
    firing.fire(ruleIds[0]!, () => ({
      facts: why,
      effect: message('effect-adjusted', { action, slug, date: checkIn.date, until: dateOf(until) }),
    }));
  };
  const warn = (warning: Warning) => {
    warnings.push(warning);
    firing.fire(warning.ruleIds[0]!, () => ({ effect: message('effect-warned', { code: warning.code }) }));
  };

  /** The retinoid's stretch on `day` and its ramp week then; none while it is stopped. */
  const rampOn = (day: number) => {
    const stretch = stretchOn(retinoidStretches, day);
    if (!stretch) return undefined;
    const week = Math.floor((day - stretch.from) / 7);
    return { stretch, week, rampWeek: stretch.rampWeeks[week]! };
  };

  const ordered = (profile.checkIns ?? []).map((checkIn, index) => ({ checkIn, index })).sort(byDate);
  for (const { checkIn, index } of ordered) {
    const dayNumber = parseIsoDate(checkIn.date);
    const day = dayNumber === undefined ? -1 : dayNumber - startDay;
    if (day < 0 || day >= length)
      throw new RangeError(`check-in date ${checkIn.date} is outside the schedule`);
    const key = `checkIns[${index}]`;
    const implicated = implicate(checkIn, day);
    const seen: Facts = { [`${key}.implicated`]: implicated.map((pick) => pick.ingredient.slug) };
    const reaction = message('check-in-reaction', { reaction: checkIn.reaction, severity: checkIn.severity });

    if (stops(checkIn)) {
      for (const pick of implicated) {
        const from = day + 1;
        const restart = Math.max(from + STOP_DAYS, pausedUntil(pick, from));
        cutAt(pick, from);
        pause(pick, from, restart, day);
        if (pick === retinoid && restart < length)
          retinoidStretches.push(
            rampStretch(restart, length, (week) => RESTART_RAMP_WEEK + week, slow, false, day),
          );
        if (pick === acid && restart < length)
          acidStretches.push({ from: restart, to: length, reportedOn: day });
        const ruleIds: RuleId[] =
          pick === retinoid
            ? [checkinStop.id, rampRule]
            : pick === acid
              ? [checkinStop.id, acidNightFrequency.id]
              : [checkinStop.id];
        record(pick, checkIn, 'stop', restart - 1, ruleIds, seen);
        warn({
          code: 'stop-and-seek-advice',
          message: stopWarning(
            checkIn,
            reaction,
            pick.ingredient,
            dateOf(from),
            dateOf(restart - 1),
            dateOf(restart),
          ),
          ingredient: pick.ingredient.slug,
          date: checkIn.date,
          ruleIds: [checkinStop.id],
        });
      }
      if (implicated.length === 0) {
        const named = checkIn.ingredients ?? [];
        for (const slug of named) {
          warn({
            code: 'stop-and-seek-advice',
            message: stopElsewhereWarning(checkIn, reaction, catalogue.bySlug.get(slug)?.name ?? slug),
            ingredient: slug,
            date: checkIn.date,
            ruleIds: [checkinStop.id],
          });
        }
        if (named.length === 0) {
          warn({
            code: 'stop-and-seek-advice',
            message: stopElsewhereWarning(checkIn, reaction, null),
            ingredient: null,
            date: checkIn.date,
            ruleIds: [checkinStop.id],
          });
        }
      }
      if (implicated.length > 0) relay();
      continue;
    }

    let changed = false;
    for (const pick of implicated) {
      const { ingredient } = pick;
      const weekOfUse =
        Math.floor((day - firstUse(pick)) / 7) + 1 + (pick === retinoid ? profile.retinoidWeeks : 0);
      if (isPurge(checkIn, ingredient, weekOfUse)) {
        firing.fire(checkinPurge.id, () => ({
          facts: { ...seen, [`${key}.${ingredient.slug}.weekOfUse`]: weekOfUse },
        }));
        warn({
          code: 'purging',
          message: purgeWarning(checkIn, reaction, ingredient),
          ingredient: ingredient.slug,
          date: checkIn.date,
          ruleIds: [checkinPurge.id],
        });
      } else if (stepsBackRamp(checkIn, ingredient)) {
        // Already stopped (that day, or from the next by an earlier check-in of the same day): it
        // restarts at its first stage anyway.
        const now = rampOn(day);
        if (!now || paused(pick, day + 1)) continue;
        cutAt(pick, day + 1);
        if (day + 1 < length)
          retinoidStretches.push(
            rampStretch(day + 1, length, steppedBackRampWeeks(table, now.rampWeek), slow, true, day),
          );
        record(pick, checkIn, 'step-back', day + STEP_BACK_DAYS, [checkinStepBack.id, rampRule], {
          ...seen,
          [`${key}.${ingredient.slug}.rampWeek`]: now.rampWeek,
        });
        changed = true;
      } else if (pausesAcid(checkIn, ingredient)) {
        const restart = Math.max(day + 1 + STEP_BACK_DAYS, pausedUntil(pick, day + 1));
        cutAt(pick, day + 1);
        pause(pick, day + 1, restart, day);
        if (restart < length) acidStretches.push({ from: restart, to: length, reportedOn: day });
        record(pick, checkIn, 'pause', restart - 1, [checkinStepBack.id, acidNightFrequency.id], seen);
        changed = true;
      } else if (holdsRamp(checkIn, ingredient)) {
        const now = rampOn(day);
        // Nothing to hold at the every-night stage, or when the next week already belongs to a later change.
        if (!now || now.stretch.stages[now.week] === 'every') continue;
        const nextWeek = now.stretch.from + 7 * (now.week + 1);
        if (nextWeek >= now.stretch.to) continue;
        now.stretch.rampWeeks = heldRampWeeks(now.stretch.rampWeeks, now.week);
        now.stretch.stages = now.stretch.rampWeeks.map((week) => nightsInRampWeek(week, slow));
        record(pick, checkIn, 'hold', nextWeek + 6, [checkinHold.id, rampRule], {
          ...seen,
          [`${key}.${ingredient.slug}.rampWeek`]: now.rampWeek,
        });
        changed = true;
      }
    }
    if (changed) relay();
  }

  // The steps of every adjusted active say what it now does, and its days follow.
  const withAcid = acid !== undefined;
  const frequencyOf = (pick: Pick, step: PlannedStep): Message => {
    const parts: { from: number; text: Message }[] = [];
    for (const gap of pauses.get(pick) ?? []) {
      parts.push({
        from: gap.from,
        text: message('paused-after-reaction', {
          from: dateOf(gap.from),
          to: dateOf(gap.to - 1),
          date: dateOf(gap.reportedOn),
        }),
      });
    }
    if (pick === retinoid) {
      for (const stretch of retinoidStretches) {
        const stages = stretch.stages.slice(0, Math.ceil((stretch.to - stretch.from) / 7));
        parts.push({
          from: stretch.from,
          text:
            stretch.reportedOn === null
              ? rampFrequency(stages, withAcid, stretch.from > 0 ? dateOf(stretch.from) : null)
              : message('ramp-after-reaction', {
                  from: dateOf(stretch.from),
                  date: dateOf(stretch.reportedOn),
                  ramp: rampStages(stages, withAcid),
                }),
        });
      }
    } else if (pick === acid) {
      for (const stretch of acidStretches)
        parts.push({ from: stretch.from, text: acidFrequency(profile, dateOf(stretch.from)) });
    } else parts.push({ from: -1, text: step.frequency });
    parts.sort((a, b) => a.from - b.from);
    return parts.length === 1
      ? parts[0]!.text
      : message('frequency-adjusted', { parts: parts.map((p) => p.text) });
  };
  const offDays = (pick: Pick): Uint8Array => {
    const off = new Uint8Array(length);
    for (const gap of pauses.get(pick) ?? []) off.fill(1, gap.from, Math.min(gap.to, length));
    return off;
  };
  const adjust = (step: PlannedStep): PlannedStep => {
    const pick = step.picks.find((candidate) => changedBy.has(candidate));
    if (!pick) return step;
    let on = step.on;
    // The treatments read the nights laid out above; any other active skips its paused days.
    if (pick !== retinoid && pick !== acid) {
      const off = offDays(pick);
      on = new Uint8Array(length);
      for (let day = 0; day < length; day++) on[day] = off[day] === 0 && appliesOn(step, day) ? 1 : 0;
    }
    return {
      ...step,
      on,
      frequency: frequencyOf(pick, step),
      ruleIds: [...step.ruleIds, ...changedBy.get(pick)!],
    };
  };
  return { plan: { am: plan.am.map(adjust), pm: plan.pm.map(adjust) }, adjustments, warnings };
}
