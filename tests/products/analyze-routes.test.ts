import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/catalogue/catalogue-seed.js';
import type { ListAnalysis } from '../../src/products/analysis-schemas.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ reference: true });
});
afterAll(async () => {
  await t.close();
});

const analyze = (body: unknown, app = t.app) =>
  app.inject({ method: 'POST', url: '/v1/products/analyze', payload: body as object });

describe('POST /v1/products/analyze', () => {
  it('reads a messy label into entries, facts, unknown entries with suggestions, and warnings', async () => {
    const response = await analyze({
      inci:
        'Night serum with 0.3% retinol. Ingredients: Aqua (Water), Glycerine, Retinol 0.3%, Niacinamid, ' +
        'Glow Complex*, Phenoxyethanol. May contain: CI 77491.\n*Our secret',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json() as ListAnalysis;
    expect(body.ingredients.map((entry) => [entry.text, entry.slug, entry.inciName, entry.match])).toEqual([
      ['Aqua (Water)', null, 'AQUA', 'reference'],
      ['Glycerine', 'glycerin', 'GLYCERIN', 'alias'],
      ['Retinol 0.3%', 'retinol', 'RETINOL', 'exact'],
      ['Niacinamid', 'niacinamide', 'NIACINAMIDE', 'fuzzy'],
      ['Glow Complex*', null, null, 'unknown'],
      ['Phenoxyethanol', null, 'PHENOXYETHANOL', 'reference'],
      ['CI 77491', null, 'CI 77491', 'reference'],
    ]);
    expect(body.ingredients[2]).toMatchObject({
      position: 3,
      percent: 0.3,
      confidence: 1,
      mayContain: false,
    });
    expect(body.ingredients[3]!.confidence).toBeCloseTo(0.9, 2);
    expect(body.ingredients[6]!.mayContain).toBe(true);
    expect(body.facts).toEqual({
      actives: ['retinol'],
      retinoid: true,
      exfoliatingAcid: false,
      photosensitizing: true,
      pregnancySafe: false,
    });
    expect(body.unknownIngredients).toHaveLength(1);
    expect(body.unknownIngredients[0]!.text).toBe('Glow Complex*');
    expect(body.unknownIngredients[0]!.suggestions.length).toBeGreaterThan(0);
    expect(body.unknownIngredients[0]!.suggestions.length).toBeLessThanOrEqual(3);

    expect(body.warnings.map((warning) => [warning.code, warning.positions])).toEqual([
      ['product-unknown-ingredients', [5]],
      ['close-spelling', [4]],
      ['may-contain', [7]],
      ['pregnancy', [3]],
      ['sun-sensitivity', [3]],
    ]);
    const text = Object.fromEntries(body.warnings.map((warning) => [warning.code, warning.message]));
    expect(text['product-unknown-ingredients']).toContain('Glow Complex*');
    expect(text['close-spelling']).toContain('Niacinamid → NIACINAMIDE (90 %)');
    expect(text.pregnancy).toContain('Retinol');
  });

  it('warns of a stated strength above the most advised, and not of one within it', async () => {
    const strong = (await analyze({ inci: 'Aqua, Glycolic Acid 15%, Glycerin' })).json() as ListAnalysis;
    const warning = strong.warnings.find((w) => w.code === 'too-strong');
    expect(warning?.positions).toEqual([2]);
    expect(warning?.message).toMatch(/Glycolic Acid at 15 %, above the 10 %/);
    const mild = (await analyze({ inci: 'Aqua, Glycolic Acid 8%, Glycerin' })).json() as ListAnalysis;
    expect(mild.warnings.some((w) => w.code === 'too-strong')).toBe(false);
  });

  it('answers a clean list with no warnings', async () => {
    const response = await analyze({ inci: 'Aqua, Glycerin, Sodium Hyaluronate, Panthenol' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as ListAnalysis;
    expect(body.warnings).toEqual([]);
    expect(body.unknownIngredients).toEqual([]);
    expect(body.facts.pregnancySafe).toBe(true);
  });

  it('takes a list of exactly 10,000 characters', async () => {
    const inci = `Aqua, Glycerin, ${'Squalane, '.repeat(998)}`.padEnd(10_000, ' ').slice(0, 10_000);
    expect(inci.length).toBe(10_000);
    const response = await analyze({ inci });
    expect(response.statusCode).toBe(200);
    expect((response.json() as ListAnalysis).ingredients.length).toBeGreaterThan(990);
  });

  it.each([
    ['an empty list', { inci: '' }],
    ['a list of blanks', { inci: '  \n\t ' }],
    ['a list of 10,001 characters', { inci: 'A'.repeat(10_001) }],
    ['a list that is not text', { inci: 42 }],
    ['no list at all', {}],
  ])('answers 400 problem+json naming /inci for %s', async (_name, body) => {
    const response = await analyze(body);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual(['/inci']);
  });

  it.each([
    ['only punctuation', '!!! ,,, ??? ;;; ...', /no entry has a letter or digit/],
    ['only an "Ingredients:" heading', 'Ingredients:', /no entry has a letter or digit/],
    ['words that match nothing', 'Lorem ipsum dolor, sit amet qwertz, 🙂🙂', /none of its 2 entries matches/],
  ])('answers 400 naming /inci for a list of %s', async (_name, inci, message) => {
    const response = await analyze({ inci });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.errors).toEqual([{ path: '/inci', in: 'body', message: expect.stringMatching(message) }]);
  });

  it('answers 400 naming an unknown field as well as a bad list', async () => {
    const response = await analyze({ inci: '', brand: 'x' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths.sort()).toEqual(['/brand', '/inci']);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/products/analyze',
      headers: { 'content-type': 'text/plain' },
      payload: 'Aqua, Glycerin',
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 413 for a body over 64 KiB', async () => {
    const response = await analyze({ inci: 'Aqua, '.repeat(12_000) });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 429 past the rate limit', async () => {
    const limited = await createTestApp({ rateLimitMax: 2 });
    try {
      for (let i = 0; i < 2; i++)
        expect((await analyze({ inci: 'Glycerin' }, limited.app)).statusCode).toBe(200);
      const response = await analyze({ inci: 'Glycerin' }, limited.app);
      expect(response.statusCode).toBe(429);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await limited.close();
    }
  });
});

describe('the reader behind it follows the catalogue and the reference', () => {
  it('reads a new alias right after a catalogue write', async () => {
    const before = (await analyze({ inci: 'Aqua, Moisture Magnet Complex' })).json() as ListAnalysis;
    expect(before.ingredients[1]!.match).toBe('unknown');

    const glycerin = readSeed().find((item) => item.slug === 'glycerin')!;
    t.repository.upsertMany(
      [{ ...glycerin, aliases: [...glycerin.aliases, 'Moisture Magnet Complex'] }],
      FIXED_NOW.toISOString(),
    );

    const after = (await analyze({ inci: 'Aqua, Moisture Magnet Complex' })).json() as ListAnalysis;
    expect(after.ingredients[1]).toMatchObject({ slug: 'glycerin', inciName: 'GLYCERIN', match: 'alias' });
  });

  it('reads against a reference staff replaced, without a restart', async () => {
    const withCosing = await createTestApp({ seed: false });
    try {
      // Without a reference and a catalogue, nothing can be read.
      expect((await analyze({ inci: 'Aqua, Zinc PCA' }, withCosing.app)).statusCode).toBe(400);
      new ReferenceRepository(withCosing.db).replaceAll([
        { inciName: 'AQUA', casNumbers: ['7732-18-5'], ecNumbers: [], functions: ['Solvent'] },
        { inciName: 'ZINC PCA', casNumbers: [], ecNumbers: [], functions: [] },
      ]);
      const body = (
        await analyze({ inci: 'Aqua, Zinc PCA, Glycerin' }, withCosing.app)
      ).json() as ListAnalysis;
      expect(body.ingredients.map((entry) => entry.match)).toEqual(['reference', 'reference', 'unknown']);
      expect(body.unknownIngredients).toEqual([{ text: 'Glycerin', suggestions: [] }]);
    } finally {
      await withCosing.close();
    }
  });
});
