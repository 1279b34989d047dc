import { describe, expect, it } from 'vitest';
import { isoFromDays, parseIsoDate } from '../../src/engine/dates.js';
import { recommend } from '../../src/engine/recommend.js';
import type { CheckIn } from '../../src/engine/types.js';
import type { Reaction, Severity } from '../../src/engine/vocabulary.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { catalogue, profileWith, run } from './fixtures.js';

// What the calendar shows in the weeks after a check-in, rule by rule. The base profile (normal skin,
// firmness) starts retinol on day 8 (index 7), after its patch window: its weeks of use begin on days
// 7, 14, 21, … and it ramps 2, 2, 3, 3, 4, 4, 4, 4 nights, then every night.

const START = parseIsoDate('2026-12-01')!;
const dateOf = (day: number) => isoFromDays(START + day);
const RETINOL_FIRST_NIGHT = 7;

const checkIn = (
  day: number,
  reaction: Reaction,
  severity: Severity,
  ingredient: string | null = 'retinol',
): CheckIn => ({
  date: dateOf(day),
  reaction,
  severity,
  ingredients: ingredient === null ? null : [ingredient],
});

/** Nights holding `slug` in each run of 7 days from `from`, as many runs as asked. */
const weeksFrom = (rec: Recommendation, slug: string, from: number, weeks: number): number[] =>
  Array.from({ length: weeks }, (_, week) =>
    rec.calendar
      .slice(from + week * 7, from + week * 7 + 7)
      .reduce((n, day) => n + (day.pm.includes(slug) ? 1 : 0), 0),
  );
/** Days (0-based) on which `slug` is applied in either session. */
const daysWith = (rec: Recommendation, slug: string): number[] =>
  rec.calendar.flatMap((day, index) => (day.am.includes(slug) || day.pm.includes(slug) ? [index] : []));
const between = (days: number[], from: number, to: number) => days.filter((day) => day >= from && day <= to);

const retinolStep = (rec: Recommendation) =>
  rec.routine.pm.find((step) => step.ingredients.includes('retinol'))!;

describe('checkin.hold: a mild dryness, peeling, redness or stinging from a retinoid repeats the week', () => {
  it.each([
    ['none', [], [2, 2, 3, 3, 4, 4, 4]],
    ['mild dryness in week 2', [checkIn(16, 'dryness', 'mild')], [2, 2, 2, 3, 3, 4, 4]],
    ['mild peeling in week 1', [checkIn(8, 'peeling', 'mild')], [2, 2, 2, 3, 3, 4, 4]],
    [
      'a second one during the held week',
      [checkIn(16, 'redness', 'mild'), checkIn(23, 'stinging', 'mild')],
      [2, 2, 2, 2, 3, 3, 4],
    ],
    [
      'mild stinging in week 3: the 3-night week repeats',
      [checkIn(23, 'stinging', 'mild')],
      [2, 2, 3, 3, 3, 4, 4],
    ],
    ['unnamed, the day after a retinol night', [checkIn(15, 'dryness', 'mild', null)], [2, 2, 2, 3, 3, 4, 4]],
    [
      'unnamed, two days after a retinol night: not implicated',
      [checkIn(16, 'dryness', 'mild', null)],
      [2, 2, 3, 3, 4, 4, 4],
    ],
    [
      'a mild breakout is no irritation to hold for',
      [checkIn(16, 'breakout', 'mild')],
      [2, 2, 3, 3, 4, 4, 4],
    ],
  ] as const)('%s', (_, checkIns, weeks) => {
    const rec = run({ checkIns: [...checkIns] });
    expect(weeksFrom(rec, 'retinol', RETINOL_FIRST_NIGHT, 7)).toEqual(weeks);
  });

  it('reports the hold until the end of the repeated week and says so in the step', () => {
    const rec = run({ checkIns: [checkIn(16, 'dryness', 'mild')] });
    expect(rec.adjustments).toEqual([
      {
        date: dateOf(16),
        ingredient: 'retinol',
        action: 'hold',
        until: dateOf(27),
        ruleIds: ['checkin.hold', 'retinoid.ramp'],
      },
    ]);
    expect(retinolStep(rec).frequency).toContain(
      '2 nights a week in weeks 1–3, never two in a row; 3 nights a week in weeks 4–5',
    );
    expect(retinolStep(rec).ruleIds).toContain('checkin.hold');
  });

  it('holds nothing at the every-night stage, where there is no ramp left to pause', () => {
    const rec = run({ checkIns: [checkIn(70, 'dryness', 'mild')] });
    expect(rec.adjustments).toEqual([]);
  });
});

describe('checkin.step-back: a moderate reaction goes one stage back for 14 days', () => {
  it.each([
    ['at 4 nights (week 5): 3 for 14 days, then 4 again', 40, [3, 3, 4, 4, 4, 4]],
    ['at 3 nights (week 3): 2 for 14 days, then 3 again', 23, [2, 2, 3, 3, 4, 4]],
    ['at the first stage: never lower, then the first stage again', 8, [2, 2, 2, 2, 3, 3]],
  ] as const)('%s', (_, day, weeks) => {
    const rec = run({ checkIns: [checkIn(day, 'redness', 'moderate')], weeks: 16 });
    expect(weeksFrom(rec, 'retinol', day + 1, weeks.length)).toEqual(weeks);
    // The night after a reaction is never a retinoid night.
    expect(rec.calendar[day + 1]!.pm).not.toContain('retinol');
    expect(rec.adjustments).toEqual([
      expect.objectContaining({ action: 'step-back', ingredient: 'retinol', until: dateOf(day + 14) }),
    ]);
  });

  it('from every night: 4 nights for 14 days, then every night again', () => {
    const rec = run({ checkIns: [checkIn(75, 'dryness', 'moderate')], weeks: 16 });
    expect(weeksFrom(rec, 'retinol', 76, 4)).toEqual([4, 4, 7, 7]);
  });

  it('pauses an exfoliating acid for 14 days, then restarts it at its first-weeks cap', () => {
    const base = run({ concerns: ['texture'], weeks: 16 });
    const acidNights = daysWith(base, 'salicylic-acid');
    const day = acidNights[2]!;
    const rec = run({
      concerns: ['texture'],
      weeks: 16,
      checkIns: [checkIn(day, 'stinging', 'moderate', 'salicylic-acid')],
    });
    const after = daysWith(rec, 'salicylic-acid');
    expect(between(after, day + 1, day + 14)).toEqual([]);
    // Back at one night a week for its first 4 weeks of use, counted from the restart.
    expect(weeksFrom(rec, 'salicylic-acid', day + 15, 4)).toEqual([1, 1, 1, 1]);
    expect(rec.adjustments).toEqual([
      {
        date: dateOf(day),
        ingredient: 'salicylic-acid',
        action: 'pause',
        until: dateOf(day + 14),
        ruleIds: ['checkin.step-back', 'acid.night-frequency'],
      },
    ]);
    const step = rec.routine.pm.find((s) => s.ingredients.includes('salicylic-acid'))!;
    expect(step.frequency).toContain(`none from ${dateOf(day + 1)} to ${dateOf(day + 14)}`);
    expect(step.frequency).toContain(`1 night a week from ${dateOf(day + 15)} for its first 4 weeks`);
  });

  it('changes nothing for a mild reaction to an acid (the hold is a retinoid rule)', () => {
    const base = run({ concerns: ['texture'] });
    const day = daysWith(base, 'salicylic-acid')[1]!;
    const rec = run({ concerns: ['texture'], checkIns: [checkIn(day, 'dryness', 'mild', 'salicylic-acid')] });
    expect(rec.calendar).toEqual(base.calendar);
    expect(rec.adjustments).toEqual([]);
  });
});

describe('checkin.stop: severe, burning or swelling stops for 7 days, then restarts at the first stage', () => {
  it.each([
    ['severe redness', 'redness', 'severe'],
    ['mild burning', 'burning', 'mild'],
    ['moderate swelling', 'swelling', 'moderate'],
  ] as const)('%s at 4 nights a week: none for 7 days, then 2, 2, 3', (_, reaction, severity) => {
    const day = 44;
    const rec = run({ checkIns: [checkIn(day, reaction, severity)], weeks: 16 });
    expect(between(daysWith(rec, 'retinol'), day + 1, day + 7)).toEqual([]);
    expect(weeksFrom(rec, 'retinol', day + 8, 3)).toEqual([2, 2, 3]);
    expect(rec.adjustments).toEqual([
      {
        date: dateOf(day),
        ingredient: 'retinol',
        action: 'stop',
        until: dateOf(day + 7),
        ruleIds: ['checkin.stop', 'retinoid.ramp'],
      },
    ]);
    const warning = rec.warnings.find((w) => w.code === 'stop-and-seek-advice')!;
    expect(warning).toMatchObject({ ingredient: 'retinol', date: dateOf(day), ruleIds: ['checkin.stop'] });
    expect(warning.message).toContain(`stop Retinol from ${dateOf(day + 1)} to ${dateOf(day + 7)}`);
    expect(warning.message).toMatch(/swelling or blistering persists, seek medical advice/);
    expect(retinolStep(rec).frequency).toContain(`none from ${dateOf(day + 1)} to ${dateOf(day + 7)}`);
  });

  it('unnamed: stops every active applied that day or the day before, the morning antioxidant too', () => {
    const profile = { concerns: ['firmness', 'texture'] as const, weeks: 16 };
    const base = run({ ...profile, concerns: [...profile.concerns] });
    const retinolNights = daysWith(base, 'retinol');
    const day = retinolNights.find((d) => d > 60)!;
    const rec = run({
      ...profile,
      concerns: [...profile.concerns],
      checkIns: [checkIn(day, 'swelling', 'mild', null)],
    });
    const stopped = rec.adjustments.map((a) => a.ingredient);
    expect(stopped).toEqual(expect.arrayContaining(['retinol', 'ascorbic-acid']));
    for (const slug of stopped) expect(between(daysWith(rec, slug), day + 1, day + 7), slug).toEqual([]);
    // The hyaluronic acid serum is no active: it stays.
    expect(between(daysWith(rec, 'sodium-hyaluronate'), day + 1, day + 7)).toHaveLength(7);
  });

  it('a severe reaction while stopped stops again from the next day, never sooner than the first stop ends', () => {
    const rec = run({
      checkIns: [checkIn(44, 'burning', 'severe'), checkIn(46, 'swelling', 'severe')],
      weeks: 16,
    });
    expect(between(daysWith(rec, 'retinol'), 45, 53)).toEqual([]);
    expect(rec.adjustments.map((a) => a.until)).toEqual([dateOf(51), dateOf(53)]);
  });

  it('warns without changing the plan when the named ingredient is not in it, or nothing active was on the skin', () => {
    const named = run({ checkIns: [checkIn(30, 'burning', 'severe', 'glycolic-acid')] });
    expect(named.adjustments).toEqual([]);
    expect(named.calendar).toEqual(run().calendar);
    expect(named.warnings).toContainEqual(
      expect.objectContaining({
        code: 'stop-and-seek-advice',
        ingredient: 'glycolic-acid',
        date: dateOf(30),
      }),
    );
    // Before the first night nothing active is on the face.
    const unnamed = run({ checkIns: [checkIn(2, 'swelling', 'severe', null)] });
    const warning = unnamed.warnings.find((w) => w.code === 'stop-and-seek-advice')!;
    expect(warning).toMatchObject({ ingredient: null, date: dateOf(2) });
    expect(warning.message).toMatch(/no active of this routine was on your skin/);
  });
});

describe('checkin.purge: an early breakout that is not severe changes nothing and is explained', () => {
  it.each([
    ['mild in week 2', 16, 'mild', 'purging', []],
    ['moderate in week 6', 48, 'moderate', 'purging', []],
    ['moderate in week 8: a reaction, not purging', 60, 'moderate', null, ['step-back']],
    ['severe in week 2: stopped', 16, 'severe', 'stop-and-seek-advice', ['stop']],
  ] as const)('%s', (_, day, severity, code, actions) => {
    const rec = run({ checkIns: [checkIn(day, 'breakout', severity)] });
    expect(rec.adjustments.map((a) => a.action)).toEqual(actions);
    const said = rec.warnings.filter((w) => w.code === 'purging' || w.code === 'stop-and-seek-advice');
    expect(said.map((w) => w.code)).toEqual(code === null ? [] : [code]);
    if (code === 'purging') {
      expect(rec.calendar).toEqual(run().calendar);
      expect(said[0]).toMatchObject({ ingredient: 'retinol', date: dateOf(day), ruleIds: ['checkin.purge'] });
      expect(said[0]!.message).toMatch(/first 6 weeks of Retinol/);
    }
  });

  it('counts the weeks someone had already used a retinoid: no purging 8 weeks in', () => {
    const rec = run({ retinoidWeeks: 8, checkIns: [checkIn(3, 'breakout', 'mild')] });
    expect(rec.warnings.some((w) => w.code === 'purging')).toBe(false);
  });
});

describe('check-ins together', () => {
  const checkIns = [
    checkIn(40, 'dryness', 'moderate'),
    checkIn(16, 'dryness', 'mild'),
    checkIn(60, 'burning', 'mild'),
  ];

  it('apply in date order whatever order they are sent in, and report their adjustments in that order', () => {
    const sent = recommend(profileWith({ checkIns }), catalogue);
    const sorted = recommend(
      profileWith({ checkIns: [...checkIns].sort((a, b) => (a.date < b.date ? -1 : 1)) }),
      catalogue,
    );
    expect(sent.calendar).toEqual(sorted.calendar);
    expect(sent.adjustments.map((a) => a.action)).toEqual(['hold', 'step-back', 'stop']);
  });

  it('are deterministic: the same profile and check-ins give the same answer, byte for byte', () => {
    const profile = profileWith({ concerns: ['firmness', 'texture'], weeks: 30, checkIns });
    expect(JSON.stringify(recommend(profile, catalogue, { explain: true }))).toBe(
      JSON.stringify(recommend(profile, catalogue, { explain: true })),
    );
  });

  it('show in the trace with the facts each rule decided on', () => {
    const rec = run(
      {
        checkIns: [
          checkIn(16, 'dryness', 'mild'),
          checkIn(20, 'breakout', 'mild'),
          checkIn(40, 'peeling', 'moderate'),
        ],
      },
      catalogue,
      true,
    );
    const entry = (id: string) => rec.trace!.find((t) => t.ruleId === id)!;
    expect(entry('checkin.hold')).toMatchObject({
      fired: true,
      facts: {
        'profile.checkIns': [
          `${dateOf(16)} mild dryness retinol`,
          `${dateOf(20)} mild breakout retinol`,
          `${dateOf(40)} moderate peeling retinol`,
        ],
        'checkIns[0].implicated': ['retinol'],
        'checkIns[0].retinol.rampWeek': 2,
      },
    });
    expect(entry('checkin.hold').effect).toBe(
      `held retinol after the check-in of ${dateOf(16)}, until ${dateOf(27)}`,
    );
    expect(entry('checkin.purge')).toMatchObject({
      fired: true,
      facts: { 'checkIns[1].retinol.weekOfUse': 2 },
    });
    expect(entry('checkin.step-back').effect).toBe(
      `stepped back retinol after the check-in of ${dateOf(40)}, until ${dateOf(54)}`,
    );
    expect(entry('checkin.stop')).toMatchObject({ fired: false });
    expect(rec.rulesApplied).toEqual(expect.arrayContaining(['checkin.hold', 'checkin.purge']));
  });

  it('leave a plan without check-ins exactly as it was', () => {
    const without = recommend(profileWith({}), catalogue);
    const empty = recommend(profileWith({ checkIns: [] }), catalogue);
    expect(empty).toEqual(without);
    expect(without.adjustments).toEqual([]);
  });
});
