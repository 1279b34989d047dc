import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType } from 'ical-generator';
import { DateTime } from 'luxon';
import type { MessageRenderer } from '../messages/render.js';
import type { Recommendation, RecommendationRequest } from './recommendation-schemas.js';

type Session = 'am' | 'pm';
type Step = Recommendation['routine']['am'][number];
type Reminders = RecommendationRequest['reminders'];

const SESSIONS: readonly Session[] = ['am', 'pm'];
/** How long a session event lasts in the calendar. */
const SESSION_MINUTES = 15;
/** Every UID ends in this domain (RFC 5545 suggests `unique@host`). */
const UID_DOMAIN = 'regimen';

export interface CalendarFileOptions {
  reminders: Reminders;
  /** Names the plan: the same key, date and session always give the same UID. */
  planKey: string;
  /** When the file was made (each event's DTSTAMP). */
  stamp: Date;
  renderer: MessageRenderer;
}

/**
 * The request fields that decide what the plan is, as a short hash: the profile with its start
 * date resolved. `reminders`, `weeks` and `checkIns` are left out: they say when and how far
 * ahead to show the plan and how it adapts to reactions, so re-importing after changing the
 * reminder time, lengthening the schedule or logging a reaction updates the events already in
 * the calendar instead of adding a second copy.
 */
export function planKey(request: RecommendationRequest, startDate: string): string {
  const { reminders: _reminders, weeks: _weeks, checkIns: _checkIns, ...plan } = request;
  const canonical = canonicalJson({ ...plan, startDate });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 20);
}

/** JSON with object keys sorted at every level, so equal values hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The steps of a session applied on a day. The calendar lists the slugs each session applies
 * that day, so a step naming ingredients is on when they all are; a generic step (cleanser,
 * toner) names none and is part of every session.
 */
export function stepsOn(steps: readonly Step[], slugs: readonly string[]): Step[] {
  return steps.filter(
    (step) => step.ingredients.length === 0 || step.ingredients.every((slug) => slugs.includes(slug)),
  );
}

/** How the events place their times: in a named zone, as UTC instants, or floating (no zone). */
type Placement = { kind: 'zone'; zone: string } | { kind: 'utc'; zone: string } | { kind: 'floating' };

function placementOf(timeZone: string | undefined): Placement {
  if (timeZone === undefined) return { kind: 'floating' };
  // The canonical spelling (`europe/paris` → `Europe/Paris`), which the TZID must carry.
  const zone = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  // RFC 5545 wants a VTIMEZONE for every TZID: a zone without one is written as UTC instants.
  if (zone !== 'UTC' && getVtimezoneComponent(zone) !== null) return { kind: 'zone', zone };
  return { kind: 'utc', zone };
}

/**
 * The answer as an RFC 5545 calendar: an event for each session of each day that has steps,
 * at the reminder time, its steps in order in the description and a display alarm at its
 * start; an all-day event on each patch-test day. Every text comes from the message catalogue
 * in the renderer's language, or from the answer (already rendered in it).
 */
export function calendarFile(answer: Recommendation, options: CalendarFileOptions): string {
  const { renderer, reminders, planKey: key, stamp } = options;
  const text = (
    code: Parameters<MessageRenderer['render']>[0]['code'],
    params: Record<string, string | number | boolean>,
  ) => renderer.render({ code, params });
  const names = new Map(answer.ingredients.map((entry) => [entry.slug, entry.name]));
  const list = new Intl.ListFormat(renderer.locale, { style: 'long', type: 'conjunction' });
  const nameList = (slugs: readonly string[]) => list.format(slugs.map((slug) => names.get(slug) ?? slug));
  const placement = placementOf(reminders.timeZone);

  const calendar = ical({
    prodId: { company: 'Regimen', product: 'Regimen API', language: renderer.locale.toUpperCase() },
    name: text('calendar-name', {}),
    description: answer.disclaimer,
    // A generator only, no calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires,
    // and each event's TZID gets its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
  });

  for (const day of answer.calendar) {
    const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
    for (const session of SESSIONS) {
      const steps = stepsOn(answer.routine[session], day[session]);
      if (steps.length === 0) continue;
      const [hour, minute] = reminders[session].split(':').map(Number) as [number, number];
      const start = DateTime.fromObject(
        { year, month, day: date, hour, minute },
        { zone: placement.kind === 'floating' ? 'utc' : placement.zone },
      );
      const actives = steps.filter((step) => step.kind === 'treatment').flatMap((step) => step.ingredients);
      const lines = steps.flatMap((step, index) => {
        const line = text('calendar-step', {
          order: index + 1,
          kind: step.kind,
          hasNames: step.ingredients.length > 0,
          names: nameList(step.ingredients),
          areas: step.areas.includes('decolletage')
            ? 'faceNeckDecolletage'
            : step.areas.includes('neck')
              ? 'faceNeck'
              : 'face',
        });
        return step.strength === null ? [line] : [line, `   ${step.strength}`];
      });
      const event = calendar.createEvent({
        id: `${day.date}-${session}-${key}@${UID_DOMAIN}`,
        stamp,
        start,
        end: start.plus({ minutes: SESSION_MINUTES }),
        ...(placement.kind === 'zone' ? { timezone: placement.zone } : {}),
        floating: placement.kind === 'floating',
        summary: text('calendar-session', {
          session,
          hasActives: actives.length > 0,
          actives: nameList(actives),
        }),
        description: lines.join('\n'),
      });
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: 0,
        description: text('calendar-alarm', { session }),
      });
    }
    if (day.patch.length > 0) {
      const how = answer.warnings
        .filter((warning) => warning.code === 'patch-test' && day.patch.includes(warning.ingredient ?? ''))
        .map((warning) => warning.message);
      calendar.createEvent({
        id: `${day.date}-patch-${key}@${UID_DOMAIN}`,
        stamp,
        start: DateTime.fromObject({ year, month, day: date }, { zone: 'utc' }),
        allDay: true,
        summary: text('calendar-patch', { names: nameList(day.patch) }),
        description: how.join('\n\n'),
      });
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}
