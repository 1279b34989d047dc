import { isoDateRange } from '../dates.js';
import { PATCH_WINDOW_DAYS } from '../rules/actives-patch-test.js';
import type { CalendarDay } from '../types.js';
import { type Plan, type PlannedStep, stepIngredients } from './routine.js';
import type { Schedule } from './schedule.js';

const NOTHING: string[] = [];

/**
 * The calendar phase: one entry per day with the slugs applied in each session, in application
 * order. Days with the same steps share one list, so a year-long calendar stays cheap.
 */
export function buildCalendar(plan: Plan, schedule: Schedule, startDay: number): CalendarDay[] {
  const { length } = schedule;
  const amOn = sessionOn(plan.am);
  const pmOn = sessionOn(plan.pm);
  const patch = patchDays(schedule);
  const dates = isoDateRange(startDay, length);
  const calendar: CalendarDay[] = new Array(length);
  for (let day = 0; day < length; day++) {
    calendar[day] = {
      date: dates[day]!,
      week: Math.floor(day / 7) + 1,
      am: amOn(day),
      pm: pmOn(day),
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

/** The slugs of one session on a given day. */
function sessionOn(steps: readonly PlannedStep[]): (day: number) => string[] {
  const cache = new Map<number, string[]>();
  // Every-day steps are one fixed mask; only the few scheduled steps are asked per day.
  let base = 0;
  const scheduled: [bit: number, on: (day: number) => boolean][] = [];
  steps.forEach((step, i) => {
    if (step.on === null) base |= 1 << i;
    else scheduled.push([1 << i, step.on]);
  });
  let lastMask = -1;
  let lastSlugs: string[] = [];
  return (day) => {
    let mask = base;
    for (let i = 0; i < scheduled.length; i++) if (scheduled[i]![1](day)) mask |= scheduled[i]![0];
    // Consecutive days mostly repeat the same steps: skip the lookup then.
    if (mask === lastMask) return lastSlugs;
    let slugs = cache.get(mask);
    if (slugs === undefined) {
      slugs = [];
      for (let i = 0; i < steps.length; i++) {
        // An ingredient several products hold goes on once a session: it is listed once.
        if (mask & (1 << i))
          for (const { slug } of stepIngredients(steps[i]!)) if (!slugs.includes(slug)) slugs.push(slug);
      }
      cache.set(mask, slugs);
    }
    lastMask = mask;
    lastSlugs = slugs;
    return slugs;
  };
}
