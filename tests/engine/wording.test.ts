import { describe, expect, it } from 'vitest';
import { run } from './fixtures.js';

// What a person reads must say exactly what the calendar does, no more.

const treatment = (rec: ReturnType<typeof run>, cls: RegExp) =>
  rec.routine.pm.find(
    (step) => step.kind === 'treatment' && step.ingredients.some((slug) => cls.test(slug)),
  )!;

describe('acid.night-frequency', () => {
  it('states one cap when dry skin stays at one night a week', () => {
    const step = treatment(run({ skinType: 'dry', concerns: ['texture'] }), /acid|lactone/);
    expect(step.frequency).toMatch(/^1 night a week from \d{4}-\d{2}-\d{2}$/);
  });

  it('states both caps when the cap rises after the first weeks', () => {
    const step = treatment(run({ skinType: 'normal', concerns: ['texture'] }), /acid|lactone/);
    expect(step.frequency).toMatch(
      /^1 night a week from \d{4}-\d{2}-\d{2} for its first 4 weeks, then 2 nights a week$/,
    );
  });
});

describe('retinoid.ramp and retinoid.ramp-sensitive', () => {
  it('says "never two in a row" only for stages where it means something', () => {
    const step = treatment(run({ sensitive: true, concerns: ['firmness'], weeks: 21 }), /retin/);
    // Weeks of use count from the first night, which follows the patch window.
    expect(step.frequency).toBe(
      'from 2026-12-08, counting weeks from that first night: 1 night a week in weeks 1–4; 2 nights a week in weeks 5–8, never two in a row; ' +
        '3 nights a week in weeks 9–12, never two in a row; 4 nights a week in weeks 13–16; ' +
        'then every night from week 17',
    );
  });
});

describe('actives.no-stacking', () => {
  it('does not mention acid nights when the acid starts after the schedule', () => {
    const rec = run({ concerns: ['firmness', 'texture', 'dullness'], weeks: 4 });
    expect(rec.warnings).toContainEqual(expect.objectContaining({ code: 'deferred' }));
    const step = treatment(rec, /retin/);
    expect(step.frequency).not.toMatch(/acid/);
    expect(step.notes.join(' ')).not.toMatch(/acid/);
    expect(step.ruleIds).not.toContain('actives.no-stacking');
  });

  it('says so when an acid shares the evenings', () => {
    const step = treatment(run({ concerns: ['firmness', 'texture'], weeks: 12 }), /retin/);
    expect(step.notes).toContain('Never on the same night as the exfoliating acid.');
  });
});

describe('retinoid.pregnancy', () => {
  it('mentions peptides only when a peptide took the firming slot', () => {
    const firming = run({ pregnancy: 'pregnant', concerns: ['firmness'] });
    const dryness = run({ pregnancy: 'pregnant', concerns: ['dryness'] });
    const message = (rec: typeof firming) => rec.warnings.find((w) => w.code === 'pregnancy')!.message;
    expect(message(firming)).toMatch(/Peptides take the firming slot/);
    expect(message(dryness)).not.toMatch(/[Pp]eptide/);
  });
});

describe('profile.avoid', () => {
  it('warns once per avoided ingredient, however often it is listed', () => {
    const rec = run({ avoid: ['retinol', 'retinol', 'squalane', 'retinol'] });
    const avoided = rec.warnings.filter((w) => w.code === 'avoided').map((w) => w.ingredient);
    expect(avoided).toEqual(['retinol', 'squalane']);
  });
});
