import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { createTestApp, decodedBody, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const PROFILE = {
  skinType: 'dry',
  sensitive: true,
  concerns: ['firmness', 'texture'],
  startDate: '2026-12-01',
  weeks: 6,
};

async function post(body: object, accept?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/recommendations',
    headers: accept === undefined ? {} : { accept },
    payload: body,
  });
}

async function json(body: object): Promise<Recommendation> {
  const response = await post(body, 'application/json');
  expect(response.statusCode).toBe(200);
  return response.json<Recommendation>();
}

interface Parsed {
  text: string;
  calendar: ICAL.Component;
  events: ICAL.Event[];
}

async function ics(body: object, accept = 'text/calendar'): Promise<Parsed> {
  const response = await post(body, accept);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
  const text = decodedBody(response);
  // RFC 5545: every content line ends with CRLF, the last one included; no bare LF anywhere.
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    text,
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)),
  };
}

const isoDay = (time: ICAL.Time) =>
  `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
const sessionOf = (event: ICAL.Event) => event.uid.split('-')[3];
const sessionEvents = (parsed: Parsed) => parsed.events.filter((event) => !event.startDate.isDate);
const patchEvents = (parsed: Parsed) => parsed.events.filter((event) => event.startDate.isDate);

describe('POST /v1/recommendations with Accept: text/calendar', () => {
  it('holds the JSON calendar of the same request: a morning and an evening event a day, patch tests on patch days', async () => {
    const body = { ...PROFILE, reminders: { am: '06:45', pm: '22:15', timeZone: 'Europe/Paris' } };
    const answer = await json(body);
    const parsed = await ics(body);
    const names = new Map(answer.ingredients.map((entry) => [entry.slug, entry.name]));

    const sessions = sessionEvents(parsed);
    expect(sessions).toHaveLength(answer.calendar.length * 2);
    for (const day of answer.calendar) {
      for (const session of ['am', 'pm'] as const) {
        const event = sessions.find((e) => isoDay(e.startDate) === day.date && sessionOf(e) === session);
        expect(event, `${day.date} ${session}`).toBeDefined();
        const start = event!.startDate;
        expect([start.hour, start.minute]).toEqual(session === 'am' ? [6, 45] : [22, 15]);
        expect(start.zone.tzid).toBe('Europe/Paris');
        // Every slug the JSON day lists for the session is named in the description, in that order.
        const description = event!.description;
        const positions = day[session].map((slug) => description.indexOf(names.get(slug)!));
        expect(
          positions.every((at) => at >= 0),
          `${day.date} ${session}: ${description}`,
        ).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        // Steps are numbered from 1 in order, starting with the cleanser.
        const numbers = description
          .split('\n')
          .filter((line) => /^\d+\. /.test(line))
          .map((line) => Number(line.split('.')[0]));
        expect(numbers).toEqual(numbers.map((_, index) => index + 1));
        expect(description.split('\n')[0]).toBe('1. Cleanse');
        // A display alarm at the start.
        const alarms = event!.component.getAllSubcomponents('valarm');
        expect(alarms).toHaveLength(1);
        expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect((alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
        expect(alarms[0]!.getFirstPropertyValue('description')).toMatch(
          session === 'am' ? /morning/ : /evening/,
        );
      }
    }

    const patchDays = answer.calendar.filter((day) => day.patch.length > 0);
    expect(patchDays.length).toBeGreaterThan(0);
    const patches = patchEvents(parsed);
    expect(patches.map((event) => isoDay(event.startDate))).toEqual(patchDays.map((day) => day.date));
    for (const [index, day] of patchDays.entries()) {
      for (const slug of day.patch) expect(patches[index]!.summary).toContain(names.get(slug));
      expect(patches[index]!.description).toMatch(/inner arm/);
    }
  });

  it('names the treatment of the night in the evening title, so retinoid and acid nights show in the calendar', async () => {
    const answer = await json(PROFILE);
    const parsed = await ics(PROFILE);
    const treatments = answer.routine.pm
      .filter((step) => step.kind === 'treatment')
      .flatMap((s) => s.ingredients);
    expect(treatments.length).toBeGreaterThan(0);
    const names = new Map(answer.ingredients.map((entry) => [entry.slug, entry.name]));
    for (const day of answer.calendar) {
      const event = sessionEvents(parsed).find(
        (e) => isoDay(e.startDate) === day.date && sessionOf(e) === 'pm',
      )!;
      const tonight = treatments.filter((slug) => day.pm.includes(slug));
      if (tonight.length === 0) expect(event.summary).toBe('Evening skincare');
      else for (const slug of tonight) expect(event.summary).toContain(names.get(slug));
    }
  });

  it('keeps 07:30 local across a daylight-saving change, with the zone written out as a VTIMEZONE', async () => {
    const body = {
      ...PROFILE,
      startDate: '2027-03-22',
      weeks: 2,
      reminders: { timeZone: 'Europe/Paris' },
    };
    const parsed = await ics(body);
    expect(
      parsed.calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['Europe/Paris']);
    expect(parsed.text).toContain('DTSTART;TZID=Europe/Paris:20270322T073000');
    const morningUtcHour = (date: string) => {
      const event = sessionEvents(parsed).find((e) => isoDay(e.startDate) === date && sessionOf(e) === 'am')!;
      return new Date(event.startDate.toUnixTime() * 1000).getUTCHours();
    };
    // Winter time (UTC+1) before 28 March 2027, summer time (UTC+2) after.
    expect(morningUtcHour('2027-03-27')).toBe(6);
    expect(morningUtcHour('2027-03-29')).toBe(5);
  });

  it('writes floating times (no zone) by default, at 07:30 and 21:30', async () => {
    const parsed = await ics({ ...PROFILE, weeks: 1 });
    expect(parsed.text).not.toContain('TZID');
    expect(parsed.text).toMatch(/\r\nDTSTART:20261201T073000\r\n/);
    expect(parsed.text).toMatch(/\r\nDTSTART:20261201T213000\r\n/);
    for (const event of sessionEvents(parsed)) expect(event.startDate.zone.tzid).toBe('floating');
  });

  it('writes UTC times for the UTC zone', async () => {
    const parsed = await ics({ ...PROFILE, weeks: 1, reminders: { am: '08:00', timeZone: 'UTC' } });
    expect(parsed.text).toMatch(/\r\nDTSTART:20261201T080000Z\r\n/);
    expect(parsed.text).toMatch(/\r\nDTSTART:20261201T213000Z\r\n/);
  });

  it('gives each event a UID that stays the same for the same plan, date and session', async () => {
    const first = await ics(PROFILE);
    const again = await ics(PROFILE);
    const uids = first.events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^\d{4}-\d{2}-\d{2}-(am|pm|patch)-[0-9a-f]{20}@regimen$/);
    expect(again.events.map((event) => event.uid)).toEqual(uids);

    // New reminder times or a longer schedule update the same events when imported again.
    const moved = await ics({
      ...PROFILE,
      weeks: 8,
      reminders: { am: '09:00', pm: '20:00', timeZone: 'Asia/Tokyo' },
    });
    const movedUids = new Set(moved.events.map((event) => event.uid));
    for (const event of sessionEvents(first)) expect(movedUids.has(event.uid)).toBe(true);

    // Another profile is another plan.
    const other = await ics({ ...PROFILE, sensitive: false });
    const otherUids = new Set(other.events.map((event) => event.uid));
    expect(uids.filter((uid) => otherUids.has(uid))).toEqual([]);
  });

  it('follows Accept: JSON without it, for application/json and for types it cannot serve; the file when preferred', async () => {
    for (const accept of [undefined, 'application/json', '*/*', 'text/html']) {
      const response = await post(PROFILE, accept);
      expect(response.headers['content-type'], String(accept)).toMatch(/^application\/json/);
      expect(response.headers.vary).toMatch(/accept\b/i);
    }
    const preferred = await ics(PROFILE, 'application/json;q=0.5, text/calendar');
    expect(preferred.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const response = await post(PROFILE, 'text/calendar');
    expect(response.headers.vary).toMatch(/accept\b/i);
    expect(response.headers['content-disposition']).toBe('attachment; filename="regimen.ics"');
  });

  it('rejects bad reminders with a 400 naming every bad field', async () => {
    const response = await post(
      { ...PROFILE, reminders: { am: '7:30', pm: '24:00', timeZone: 'Mars/Olympus_Mons' } },
      'text/calendar',
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((error) => error.path);
    expect(paths.sort()).toEqual(['/reminders/am', '/reminders/pm', '/reminders/timeZone']);

    const unknown = await post({ ...PROFILE, reminders: { at: '07:00' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { path: string }[] }>().errors.map((error) => error.path)).toEqual([
      '/reminders/at',
    ]);
  });
});
