import { isoDateRange } from '../dates.js';
import { PATCH_WINDOW_DAYS } from '../rules/actives-patch-test.js';
import type { CalendarDay } from '../types.js';
import { appliesOn, type Plan, type PlannedStep, stepIngredients } from './routine.js';
import type { Schedule } from './schedule.js';

const NOTHING: string[] = [];

/**
 * The calendar phase: one entry per day with the slugs applied in each session, in application
 * order. Days with the same steps share one list, so a year-long calendar stays cheap.
 */
export function buildCalendar(plan: Plan, schedule: Schedule, startDay: number): CalendarDay[] {
  const { length } = schedule;
  const am = new SessionDays(plan.am);
  const pm = new SessionDays(plan.pm);
  const patch = patchDays(schedule);
  const dates = isoDateRange(startDay, length);
  const calendar: CalendarDay[] = new Array(length);
  for (let day = 0; day < length; day++) {
    calendar[day] = {
      date: dates[day]!,
      week: Math.floor(day / 7) + 1,
      am: am.on(day),
      pm: pm.on(day),
      patch: patch[day] ?? NOTHING,
    };
  }
  return calendar;
}

/** The slugs on the patch-test spot each day: every window is the days right before a first use. */
function patchDays(schedule: Schedule): (string[] | undefined)[] {
  const days: (string[] | undefined)[] = new Array(schedule.length);
  for (const pick of schedule.patched) {
    const first = schedule.firstUse.get(pick.key) ?? 0;
    const slug = pick.ingredient.slug;
    for (let day = Math.max(0, first - PATCH_WINDOW_DAYS); day < first && day < schedule.length; day++) {
      const list = days[day];
      if (!list) days[day] = [slug];
      else if (!list.includes(slug)) list.push(slug);
    }
  }
  return days;
}

/**
 * The slugs of one session, day by day. Which steps apply on a day is a bit mask: the every-day steps
 * are one fixed part of it, and only the few scheduled steps are asked per day. Each distinct mask's
 * slug list is built once and shared by every day with that mask.
 */
class SessionDays {
  readonly #steps: readonly PlannedStep[];
  readonly #everyDay: number;
  readonly #scheduled: PlannedStep[] = [];
  readonly #bits: number[] = [];
  readonly #lists = new Map<number, string[]>();
  #lastMask = -1;
  #lastSlugs: string[] = NOTHING;

  constructor(steps: readonly PlannedStep[]) {
    this.#steps = steps;
    let everyDay = 0;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.from === 0 && step.on === null) everyDay |= 1 << i;
      else {
        this.#scheduled.push(step);
        this.#bits.push(1 << i);
      }
    }
    this.#everyDay = everyDay;
  }

  on(day: number): string[] {
    let mask = this.#everyDay;
    for (let k = 0; k < this.#scheduled.length; k++)
      if (appliesOn(this.#scheduled[k]!, day)) mask |= this.#bits[k]!;
    // Consecutive days mostly repeat the same steps: skip the lookup then.
    if (mask === this.#lastMask) return this.#lastSlugs;
    let slugs = this.#lists.get(mask);
    if (slugs === undefined) {
      slugs = [];
      for (let i = 0; i < this.#steps.length; i++) {
        // An ingredient several products hold goes on once a session: it is listed once.
        if (mask & (1 << i))
          for (const { slug } of stepIngredients(this.#steps[i]!))
            if (!slugs.includes(slug)) slugs.push(slug);
      }
      this.#lists.set(mask, slugs);
    }
    this.#lastMask = mask;
    this.#lastSlugs = slugs;
    return slugs;
  }
}
