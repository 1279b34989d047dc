import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngredientInput } from '../../src/catalogue/ingredient-schemas.js';
import { MALIC_ACID } from '../helpers/ingredient-fixtures.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const EXAMPLE = {
  skinType: 'dry',
  sensitive: false,
  concerns: ['firmness', 'dryness'],
  pregnancy: 'none',
  retinoidWeeks: 0,
  avoid: ['glycolic-acid'],
  lifestyle: { sunExposure: 'moderate', smoker: false, alcohol: false },
  startDate: '2026-12-01',
  weeks: 12,
};

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: payload as object, headers });

describe('POST /v1/recommendations', () => {
  it('answers the documented example with a routine, a calendar and their explanations', async () => {
    const response = await post(EXAMPLE);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        'adjustments',
        'calendar',
        'catalogueVersion',
        'disclaimer',
        'expectations',
        'ingredients',
        'lifestyle',
        'routine',
        'rulesApplied',
        'warnings',
      ].sort(),
    );
    expect(body.calendar).toHaveLength(84);
    expect(body.calendar[0]).toMatchObject({ date: '2026-12-01', week: 1 });
    expect(body.calendar[83]).toMatchObject({ date: '2027-02-22', week: 12 });
    expect(body.catalogueVersion).toBe(t.repository.version());
    expect(body.routine.am.at(-1).kind).toBe('sunscreen');
    expect(body.warnings).toContainEqual(
      expect.objectContaining({ code: 'avoided', ingredient: 'glycolic-acid' }),
    );
    expect(body.expectations.map((e: { concern: string }) => e.concern)).toEqual(['firmness', 'dryness']);
    // Every ingredient the routine names is explained once, with its evidence grade.
    const named = new Set<string>(
      [...body.routine.am, ...body.routine.pm].flatMap((step: { ingredients: string[] }) => step.ingredients),
    );
    const glossary = body.ingredients as { slug: string; name: string; evidence: { grade: string } }[];
    expect(new Set(glossary.map((entry) => entry.slug))).toEqual(named);
    for (const entry of glossary) expect(['strong', 'moderate', 'limited']).toContain(entry.evidence.grade);
  });

  it('names only rules that GET /v1/rules serves', async () => {
    const rules = (await t.app.inject('/v1/rules')).json().items.map((rule: { id: string }) => rule.id);
    const body = (await post({ ...EXAMPLE, sensitive: true, concerns: ['fine-lines', 'texture'] })).json();
    const named = [
      ...body.rulesApplied,
      ...[...body.routine.am, ...body.routine.pm, ...body.warnings, ...body.expectations].flatMap(
        (item: { ruleIds: string[] }) => item.ruleIds,
      ),
    ];
    for (const id of named) expect(rules).toContain(id);
  });

  it('returns the same body, byte for byte, for the same request and catalogue', async () => {
    const first = await post(EXAMPLE);
    const second = await post(EXAMPLE);
    expect(second.body).toBe(first.body);
  });

  it('starts the calendar today (UTC) when no startDate is given', async () => {
    const { startDate: _startDate, ...rest } = EXAMPLE;
    const body = (await post(rest)).json();
    expect(body.calendar[0].date).toBe(FIXED_NOW.toISOString().slice(0, 10));
  });

  it('applies the documented defaults to a minimal profile', async () => {
    const body = (await post({ skinType: 'oily', concerns: ['pores'] })).json();
    expect(body.calendar).toHaveLength(12 * 7);
    expect(body.lifestyle).toEqual([]);
  });

  it('follows a catalogue write on the very next request', async () => {
    const before = (await post({ ...EXAMPLE, avoid: [] })).json();
    expect(
      before.routine.pm.some((step: { ingredients: string[] }) => step.ingredients.includes('retinol')),
    ).toBe(true);
    const retinol = t.repository.delete('retinol')!;
    try {
      const after = (await post({ ...EXAMPLE, avoid: [] })).json();
      expect(after.catalogueVersion).not.toBe(before.catalogueVersion);
      const treatments = after.routine.pm.filter((step: { kind: string }) => step.kind === 'treatment');
      expect(treatments.flatMap((step: { ingredients: string[] }) => step.ingredients)).toContain('retinal');
    } finally {
      const { updatedAt: _u, ...input } = retinol;
      t.repository.create(input, FIXED_NOW.toISOString());
    }
  });

  it('schedules a photosensitizing acid that staff add to the catalogue in the evening only', async () => {
    const strong: IngredientInput['evidence'] = { grade: 'strong', sources: ['fda-aha'] };
    t.repository.create({ ...MALIC_ACID, evidence: strong }, FIXED_NOW.toISOString());
    try {
      const body = (
        await post({ skinType: 'normal', concerns: ['texture'], startDate: '2026-12-01', weeks: 8 })
      ).json();
      const days = body.calendar as { am: string[]; pm: string[] }[];
      expect(days.some((day) => day.pm.includes('malic-acid'))).toBe(true);
      expect(days.some((day) => day.am.includes('malic-acid'))).toBe(false);
    } finally {
      t.repository.delete('malic-acid');
    }
  });
});

describe('POST /v1/recommendations with bad input', () => {
  it.each<[string, unknown, string[]]>([
    ['an unknown field', { ...EXAMPLE, age: 40 }, ['/age']],
    [
      'an unknown field in lifestyle',
      { ...EXAMPLE, lifestyle: { sunExposure: 'high', vaping: true } },
      ['/lifestyle/vaping'],
    ],
    ['an unknown avoid slug', { ...EXAMPLE, avoid: ['glycolic-acid', 'unicorn-dust'] }, ['/avoid/1']],
    ['an avoid entry that is not a slug', { ...EXAMPLE, avoid: ['Retinol!'] }, ['/avoid/0']],
    ['an impossible date', { ...EXAMPLE, startDate: '2026-02-30' }, ['/startDate']],
    ['a date in another format', { ...EXAMPLE, startDate: '01/12/2026' }, ['/startDate']],
    ['a date whose calendar would end past 9999', { ...EXAMPLE, startDate: '9999-12-25' }, ['/startDate']],
    ['zero weeks', { ...EXAMPLE, weeks: 0 }, ['/weeks']],
    ['53 weeks', { ...EXAMPLE, weeks: 53 }, ['/weeks']],
    ['fractional weeks', { ...EXAMPLE, weeks: 1.5 }, ['/weeks']],
    ['negative retinoid weeks', { ...EXAMPLE, retinoidWeeks: -1 }, ['/retinoidWeeks']],
    ['521 retinoid weeks', { ...EXAMPLE, retinoidWeeks: 521 }, ['/retinoidWeeks']],
    ['duplicate concerns', { ...EXAMPLE, concerns: ['firmness', 'dryness', 'firmness'] }, ['/concerns/2']],
    ['no concerns', { ...EXAMPLE, concerns: [] }, ['/concerns']],
    [
      'six concerns',
      { ...EXAMPLE, concerns: ['firmness', 'fine-lines', 'dryness', 'dullness', 'texture', 'pores'] },
      ['/concerns'],
    ],
    ['an unknown concern', { ...EXAMPLE, concerns: ['wrinkles'] }, ['/concerns/0']],
    ['a missing skin type', { concerns: ['firmness'] }, ['/skinType']],
    ['an unknown skin type', { ...EXAMPLE, skinType: 'sensitive' }, ['/skinType']],
    ['a string for a boolean', { ...EXAMPLE, sensitive: 'yes' }, ['/sensitive']],
    ['an unknown pregnancy status', { ...EXAMPLE, pregnancy: 'maybe' }, ['/pregnancy']],
    ['an array body', [EXAMPLE], ['/']],
    [
      'many mistakes at once',
      { skinType: 'wet', concerns: ['firmness', 'firmness'], weeks: 99, avoid: ['nope'], extra: true },
      ['/skinType', '/concerns/1', '/weeks', '/avoid/0', '/extra'],
    ],
  ])('rejects %s with a 400 naming each bad field', async (_name, payload, paths) => {
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({
      status: 400,
      title: 'Invalid input',
      type: expect.any(String),
      detail: expect.any(String),
    });
    expect(problem.errors.map((error: { path: string }) => error.path).sort()).toEqual([...paths].sort());
  });

  it('rejects a body that is not JSON with a 400', async () => {
    const response = await post('{"skinType": ', { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/');
  });

  it('rejects a body that is not JSON by content type with a 415', async () => {
    const response = await post('skinType=dry', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const text = await post('hello', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(415);
  });

  it('rejects an empty JSON body with a 400 invalid-input problem naming the body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.type).toMatch(/\/problems\/invalid-input$/);
    expect(problem.title).toBe('Invalid input');
    expect(problem.errors).toEqual([{ path: '/', in: 'body', message: 'is empty; expected a JSON value' }]);
  });

  it('says a string `concerns` is not an array, and nothing about its length', async () => {
    const response = await post({ skinType: 'dry', concerns: 'dryness-and-more' });
    expect(response.statusCode).toBe(400);
    const errors = response.json().errors as { path: string; message: string }[];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '/concerns', in: 'body' });
    expect(errors[0]?.message).toMatch(/expected (an )?array/);
    expect(errors[0]?.message).not.toMatch(/too (big|small)|characters|at most|at least/i);
  });
});
