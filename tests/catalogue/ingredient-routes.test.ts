import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ingredient } from '../../src/engine/types.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function list(query: string) {
  const response = await t.app.inject({ method: 'GET', url: `/v1/ingredients${query}` });
  return { response, body: response.json() as { items: Ingredient[]; nextCursor: string | null } };
}

describe('GET /v1/ingredients', () => {
  it('serves the first 20 ingredients in slug order with a cursor to the next page', async () => {
    const { response, body } = await list('');
    expect(response.statusCode).toBe(200);
    expect(body.items).toHaveLength(20);
    const slugs = body.items.map((item) => item.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it.each([
    [
      '?q=RETIN',
      (item: Ingredient) => `${item.slug} ${item.name} ${item.inciName}`.toLowerCase().includes('retin'),
    ],
    [
      '?q=hyaluron',
      (item: Ingredient) => `${item.slug} ${item.name} ${item.inciName}`.toLowerCase().includes('hyaluron'),
    ],
    ['?class=aha', (item: Ingredient) => item.class === 'aha'],
    ['?concern=redness', (item: Ingredient) => item.concerns.includes('redness')],
    [
      '?class=retinoid&concern=texture',
      (item: Ingredient) => item.class === 'retinoid' && item.concerns.includes('texture'),
    ],
  ])('filters %s to exactly the matching ingredients', async (query, predicate) => {
    const { body } = await list(`${query}&limit=100`);
    const expected = t.repository
      .snapshot()
      .ingredients.filter(predicate)
      .map((item) => item.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.items.map((item) => item.slug)).toEqual(expected);
    expect(body.nextCursor).toBeNull();
  });

  it('finds an ingredient by its INCI name, case-insensitively', async () => {
    const { body } = await list('?q=sodium%20HYALURONATE');
    expect(body.items.map((item) => item.slug)).toContain('sodium-hyaluronate');
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    const { response, body } = await list('?q=no-such-thing-at-all');
    expect(response.statusCode).toBe(200);
    expect(body).toEqual({ items: [], nextCursor: null });
  });

  it.each([1, 7, 20, 100])('walks every page of size %i without repeating or skipping', async (limit) => {
    const all = t.repository.snapshot().ingredients.map((item) => item.slug);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { body } = await list(`?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.items.length).toBeLessThanOrEqual(limit);
      expect(body.items.length).toBeGreaterThan(0);
      seen.push(...body.items.map((item) => item.slug));
      cursor = body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 1000);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / limit));
  });

  it('walks a filtered listing page by page', async () => {
    const expected = t.repository
      .snapshot()
      .ingredients.filter((item) => item.concerns.includes('dryness'))
      .map((item) => item.slug);
    const first = await list('?concern=dryness&limit=3');
    const second = await list(`?concern=dryness&limit=3&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((item) => item.slug)).toEqual(
      expected.slice(0, 6),
    );
  });

  it('keeps paging correctly when an ingredient is deleted between pages', async () => {
    const first = await list('?limit=5');
    const removed = first.body.items[4]!;
    const all = t.repository.snapshot().ingredients.map((item) => item.slug);
    t.repository.delete(removed.slug);
    try {
      const second = await list(`?limit=5&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((item) => item.slug)).toEqual(all.slice(5, 10));
    } finally {
      const { updatedAt: _updatedAt, ...input } = removed;
      t.repository.upsertMany([input], FIXED_NOW.toISOString());
    }
  });

  it.each([
    ['?limit=0', '/limit'],
    ['?limit=101', '/limit'],
    ['?limit=abc', '/limit'],
    ['?limit=2.5', '/limit'],
    ['?class=acid', '/class'],
    ['?concern=wrinkles', '/concern'],
    ['?cursor=not-a-cursor!', '/cursor'],
    ['?cursor=Zm9vQmFy', '/cursor'],
    ['?sort=name', '/sort'],
    [`?q=${'a'.repeat(201)}`, '/q'],
  ])('rejects %s with a 400 problem naming %s', async (query, path) => {
    const response = await t.app.inject({ method: 'GET', url: `/v1/ingredients${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ status: 400, title: 'Invalid input' });
    expect(problem.errors).toContainEqual(expect.objectContaining({ path, in: 'query' }));
  });

  it('names every bad query parameter at once', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/ingredients?limit=0&class=acid&extra=1' });
    expect(response.statusCode).toBe(400);
    const paths = (response.json().errors as { path: string }[]).map((error) => error.path).sort();
    expect(paths).toEqual(['/class', '/extra', '/limit']);
  });
});

describe('ETag and 304', () => {
  it('answers 304 to If-None-Match with the current ETag, and 200 once the catalogue changes', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/v1/ingredients?limit=5' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);

    const cached = await t.app.inject({
      method: 'GET',
      url: '/v1/ingredients?limit=5',
      headers: { 'if-none-match': etag },
    });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');

    const stale = await t.app.inject({
      method: 'GET',
      url: '/v1/ingredients?limit=5',
      headers: { 'if-none-match': '"some-other-version"' },
    });
    expect(stale.statusCode).toBe(200);

    const retinol = t.repository.findBySlug('retinol')!;
    const { updatedAt: _updatedAt, ...input } = retinol;
    t.repository.replace('retinol', { ...input, notes: 'edited by staff' }, FIXED_NOW.toISOString());

    const after = await t.app.inject({
      method: 'GET',
      url: '/v1/ingredients?limit=5',
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const single = await t.app.inject({ method: 'GET', url: '/v1/ingredients/retinol' });
    expect(single.json().notes).toBe('edited by staff');
  });

  it('honours a weak validator and a list of ETags', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/v1/ingredients' });
    const etag = first.headers.etag as string;
    const cached = await t.app.inject({
      method: 'GET',
      url: '/v1/ingredients',
      headers: { 'if-none-match': `"x", W/${etag}` },
    });
    expect(cached.statusCode).toBe(304);
  });
});

describe('GET /v1/ingredients/{slug}', () => {
  it('serves one ingredient with every documented field', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/ingredients/glycolic-acid' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      slug: 'glycolic-acid',
      inciName: 'GLYCOLIC ACID',
      class: 'aha',
      photosensitizing: true,
      maxApplicationsPerDay: 1,
      casNumber: '79-14-1',
    });
    expect(Object.keys(response.json()).sort()).toEqual(
      [
        'slug',
        'name',
        'inciName',
        'class',
        'family',
        'rank',
        'concerns',
        'photosensitizing',
        'irritation',
        'maxApplicationsPerDay',
        'pregnancySafe',
        'skinTypes',
        'casNumber',
        'ecNumber',
        'notes',
        'updatedAt',
        'aliases',
        'uvSpectrum',
        'strength',
        'evidence',
      ].sort(),
    );
  });

  it('answers 404 problem+json for an unknown slug', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/ingredients/unobtainium' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, detail: expect.stringContaining('unobtainium') });
  });

  it('answers 404 for a slug that is not kebab-case: it names nothing, like any other', async () => {
    for (const slug of ['Not_A_Slug', 'RETINOL', '..%2F..%2Fetc']) {
      const response = await t.app.inject({ method: 'GET', url: `/v1/ingredients/${slug}` });
      expect(response.statusCode, slug).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('takes an empty ?q= as no filter, as a cleared search box sends it', async () => {
    const all = await t.app.inject('/v1/ingredients?limit=5');
    const empty = await t.app.inject('/v1/ingredients?limit=5&q=');
    expect(empty.statusCode).toBe(200);
    expect(empty.json().items).toEqual(all.json().items);
  });

  it('answers 304 while the ingredient is unchanged', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/v1/ingredients/niacinamide' });
    const again = await t.app.inject({
      method: 'GET',
      url: '/v1/ingredients/niacinamide',
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });
});
