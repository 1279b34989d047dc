import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

// Normal skin, firmness: retinol starts on 2026-12-08 after its patch window; 12 weeks end on 2027-02-22.
const PROFILE = { skinType: 'normal', concerns: ['firmness'], startDate: '2026-12-01', weeks: 12 };

const post = (payload: object, url = '/v1/recommendations') => t.app.inject({ method: 'POST', url, payload });

describe('POST /v1/recommendations with check-ins', () => {
  it('answers the adjustments, the dated warnings and a calendar that follows them', async () => {
    const response = await post({
      ...PROFILE,
      checkIns: [
        { date: '2027-01-14', reaction: 'burning', severity: 'mild', ingredient: 'retinol' },
        // Named or not: without a name it implicates the retinol of the night before.
        { date: '2026-12-16', reaction: 'dryness', severity: 'mild' },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.adjustments).toEqual([
      {
        date: '2026-12-16',
        ingredient: 'retinol',
        action: 'hold',
        until: '2026-12-28',
        ruleIds: ['checkin.hold', 'retinoid.ramp'],
      },
      {
        date: '2027-01-14',
        ingredient: 'retinol',
        action: 'stop',
        until: '2027-01-21',
        ruleIds: ['checkin.stop', 'retinoid.ramp'],
      },
    ]);
    expect(body.warnings).toContainEqual(
      expect.objectContaining({ code: 'stop-and-seek-advice', ingredient: 'retinol', date: '2027-01-14' }),
    );
    const stopped = body.calendar.filter(
      (day: { date: string; pm: string[] }) =>
        day.date >= '2027-01-15' && day.date <= '2027-01-21' && day.pm.includes('retinol'),
    );
    expect(stopped).toEqual([]);
    const step = body.routine.pm.find((s: { ingredients: string[] }) => s.ingredients.includes('retinol'));
    expect(step.frequency).toContain('none from 2027-01-15 to 2027-01-21');
    expect(step.ruleIds).toEqual(expect.arrayContaining(['checkin.hold', 'checkin.stop']));
    expect(body.rulesApplied).toEqual(expect.arrayContaining(['checkin.hold', 'checkin.stop']));
  });

  it('answers no adjustments without check-ins', async () => {
    const body = (await post(PROFILE)).json();
    expect(body.adjustments).toEqual([]);
  });

  it('shows the check-in rules in the trace with ?explain=true', async () => {
    const body = (
      await post(
        { ...PROFILE, checkIns: [{ date: '2026-12-18', reaction: 'breakout', severity: 'mild' }] },
        '/v1/recommendations?explain=true',
      )
    ).json();
    const purge = body.trace.find((entry: { ruleId: string }) => entry.ruleId === 'checkin.purge');
    expect(purge).toMatchObject({
      fired: true,
      facts: { 'profile.checkIns': ['2026-12-18 mild breakout any'], 'checkIns[0].implicated': ['retinol'] },
      effect: 'warned: purging',
    });
  });

  it('accepts an ingredient the plan does not use: it warns on a severe reaction and adjusts nothing', async () => {
    const body = (
      await post({
        ...PROFILE,
        checkIns: [
          { date: '2026-12-20', reaction: 'swelling', severity: 'severe', ingredient: 'glycolic-acid' },
        ],
      })
    ).json();
    expect(body.adjustments).toEqual([]);
    expect(body.warnings).toContainEqual(
      expect.objectContaining({
        code: 'stop-and-seek-advice',
        ingredient: 'glycolic-acid',
        date: '2026-12-20',
      }),
    );
  });
});

describe('POST /v1/recommendations rejects bad check-ins, naming every bad field', () => {
  it.each([
    [
      'a date before the start',
      { date: '2026-11-30', reaction: 'dryness', severity: 'mild' },
      ['/checkIns/0/date'],
    ],
    [
      'a date after the last day',
      { date: '2027-02-23', reaction: 'dryness', severity: 'mild' },
      ['/checkIns/0/date'],
    ],
    [
      'a date that is no date',
      { date: '2026-02-30', reaction: 'dryness', severity: 'mild' },
      ['/checkIns/0/date'],
    ],
    [
      'an unknown reaction',
      { date: '2026-12-20', reaction: 'itching', severity: 'mild' },
      ['/checkIns/0/reaction'],
    ],
    [
      'an unknown severity',
      { date: '2026-12-20', reaction: 'dryness', severity: 'awful' },
      ['/checkIns/0/severity'],
    ],
    [
      'an ingredient not in the catalogue',
      { date: '2026-12-20', reaction: 'dryness', severity: 'mild', ingredient: 'snake-oil' },
      ['/checkIns/0/ingredient'],
    ],
    [
      'an unknown field',
      { date: '2026-12-20', reaction: 'dryness', severity: 'mild', note: 'x' },
      ['/checkIns/0/note'],
    ],
  ])('%s', async (_, checkIn, paths) => {
    const response = await post({ ...PROFILE, checkIns: [checkIn] });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(paths);
  });

  it('names every bad field at once, beside other invalid fields', async () => {
    const response = await post({
      ...PROFILE,
      weeks: 4,
      skinType: 'scaly',
      checkIns: [
        { date: '2026-12-29', reaction: 'dryness', severity: 'mild' },
        { date: '2026-12-02', reaction: 'dryness', severity: 'mild', ingredient: 'snake-oil' },
        { date: '2026-11-01', reaction: 'rash', severity: 'mild' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const errors = response.json().errors as { path: string; message: string }[];
    expect(errors.map((error) => error.path).sort()).toEqual(
      [
        '/skinType',
        '/checkIns/0/date',
        '/checkIns/1/ingredient',
        '/checkIns/2/date',
        '/checkIns/2/reaction',
      ].sort(),
    );
    expect(errors.find((error) => error.path === '/checkIns/0/date')!.message).toBe(
      '2026-12-29 is outside the schedule, 2026-12-01 to 2026-12-28',
    );
  });

  it('checks dates against a schedule that starts today when no startDate is given', async () => {
    // The test app's clock reads 2026-11-25.
    const { startDate: _, ...profile } = PROFILE;
    const before = await post({
      ...profile,
      checkIns: [{ date: '2026-11-24', reaction: 'dryness', severity: 'mild' }],
    });
    expect(before.json().errors.map((error: { path: string }) => error.path)).toEqual(['/checkIns/0/date']);
    const inside = await post({
      ...profile,
      checkIns: [{ date: '2026-11-25', reaction: 'dryness', severity: 'mild' }],
    });
    expect(inside.statusCode).toBe(200);
  });

  it('takes at most 200 check-ins', async () => {
    const checkIn = { date: '2026-12-20', reaction: 'dryness', severity: 'mild' };
    expect((await post({ ...PROFILE, checkIns: new Array(200).fill(checkIn) })).statusCode).toBe(200);
    const response = await post({ ...PROFILE, checkIns: new Array(201).fill(checkIn) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['/checkIns']);
  });
});
