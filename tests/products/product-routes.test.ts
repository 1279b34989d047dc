import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import type { Product } from '../../src/products/product-schemas.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';
import { FIXTURE_PRODUCTS, plainCreams } from './product-fixtures.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  token = new ApiKeyRepository(t.db).create('curator', ['catalogue:write'], FIXED_NOW.toISOString());
  const imported = await t.app.inject({
    method: 'POST',
    url: '/v1/products/import',
    headers: { authorization: `Bearer ${token}` },
    payload: [...FIXTURE_PRODUCTS, ...plainCreams(25)],
  });
  expect(imported.statusCode, imported.body).toBe(200);
});
afterAll(async () => {
  await t.close();
});

async function list(query: string) {
  const response = await t.app.inject({ method: 'GET', url: `/v1/products${query}` });
  return { response, body: response.json() as { items: Product[]; nextCursor: string | null } };
}

/** Every product, read page by page as a client would. */
async function everything(): Promise<Product[]> {
  const all: Product[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const { body } = await list(`?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    all.push(...body.items);
    cursor = body.nextCursor;
  }
  return all;
}

const holds = (product: Product, slug: string) =>
  product.ingredients.some((entry) => entry.slug === slug && !entry.mayContain);

describe('GET /v1/products', () => {
  it('pages through every product in id order, 20 by default, without repeats', async () => {
    const { response, body } = await list('');
    expect(response.statusCode).toBe(200);
    expect(body.items).toHaveLength(20);
    const all = await everything();
    const ids = all.map((item) => item.id);
    expect(ids).toHaveLength(31);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows a cursor to the next page and says null on the last', async () => {
    const first = await list('?limit=30');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await list(`?limit=30&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0]!.id > first.body.items.at(-1)!.id).toBe(true);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each<[string, (product: Product) => boolean]>([
    ['?q=GLYCOLIC', (p) => `${p.brand} ${p.name}`.toLowerCase().includes('glycolic')],
    ['?q=harbor', (p) => `${p.brand} ${p.name}`.toLowerCase().includes('harbor')],
    ['?kind=serum', (p) => p.kind === 'serum'],
    ['?contains=glycerin', (p) => holds(p, 'glycerin')],
    ['?contains=retinol', (p) => holds(p, 'retinol')],
    ['?freeOf=glycerin', (p) => !p.ingredients.some((entry) => entry.slug === 'glycerin')],
    ['?pregnancySafe=false', (p) => !p.facts.pregnancySafe],
    ['?pregnancySafe=true&kind=serum', (p) => p.facts.pregnancySafe && p.kind === 'serum'],
    [
      '?kind=serum&freeOf=bakuchiol&contains=glycerin',
      (p) => p.kind === 'serum' && p.id === 'hydrating-serum',
    ],
  ])('filters %s to exactly the matching products', async (query, predicate) => {
    const expected = (await everything()).filter(predicate).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    const { body } = await list(`${query}&limit=100`);
    expect(body.items.map((p) => p.id)).toEqual(expected);
    expect(body.nextCursor).toBeNull();
  });

  it('reads "not pregnancy-safe" from the ingredients held: retinol and bakuchiol', async () => {
    const { body } = await list('?pregnancySafe=false');
    expect(body.items.map((p) => p.id)).toEqual(['bakuchiol-oil', 'night-retinol-serum']);
  });

  it('takes a q with LIKE wildcards literally', async () => {
    const { body } = await list('?q=%25');
    expect(body.items).toEqual([]);
  });

  it('answers an empty page when nothing matches', async () => {
    const { response, body } = await list('?q=no-such-product');
    expect(response.statusCode).toBe(200);
    expect(body).toEqual({ items: [], nextCursor: null });
  });

  it('refuses a contains or freeOf slug the catalogue lacks, naming each', async () => {
    const { response } = await list('?contains=retinl&freeOf=glycerine');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors).toEqual([
      { path: '/contains', in: 'query', message: "'retinl' is not a catalogue ingredient" },
      { path: '/freeOf', in: 'query', message: "'glycerine' is not a catalogue ingredient" },
    ]);
  });

  it.each([
    ['?kind=mask', '/kind'],
    ['?limit=0', '/limit'],
    ['?limit=101', '/limit'],
    ['?pregnancySafe=maybe', '/pregnancySafe'],
    ['?contains=Not%20A%20Slug', '/contains'],
    ['?cursor=not-one-of-ours', '/cursor'],
    ['?color=red', '/color'],
  ])('answers %s with 400 naming %s', async (query, path) => {
    const { response } = await list(query);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain(path);
  });
});

describe('GET /v1/products/{id}', () => {
  it('serves one product with what its list reads as', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/products/night-retinol-serum' });
    expect(response.statusCode).toBe(200);
    const product = response.json() as Product;
    expect(product).toMatchObject({
      id: 'night-retinol-serum',
      brand: 'Example Labs',
      kind: 'treatment',
      spf: null,
      url: null,
      facts: {
        actives: ['retinol'],
        retinoid: true,
        exfoliatingAcid: false,
        photosensitizing: true,
        pregnancySafe: false,
      },
      updatedAt: FIXED_NOW.toISOString(),
    });
    expect(product.ingredients.map((entry) => [entry.position, entry.text, entry.slug])).toEqual([
      [1, 'Aqua', null],
      [2, 'Glycerin', 'glycerin'],
      [3, 'Retinol', 'retinol'],
      [4, 'Tocopherol', 'tocopherol'],
    ]);
  });

  it('lists what matched nothing as unknown, as printed', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/products/mineral-sunscreen' });
    expect(response.json().unknownIngredients).toContain('Zzqx Blend');
    expect(response.json().spf).toBe(30);
  });

  it('answers 404 problem+json for an unknown id, kebab-case or not', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/v1/products/no-such-product' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.json().detail).toContain('no-such-product');
    const malformed = await t.app.inject({ method: 'GET', url: '/v1/products/Not_A_Slug' });
    expect(malformed.statusCode).toBe(404);
  });
});

describe('ETag and 304', () => {
  it('answers 304 while the products are unchanged, and 200 with a new ETag after a product write', async () => {
    const first = await list('?kind=serum');
    const etag = first.response.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const cached = await t.app.inject({
      method: 'GET',
      url: '/v1/products?kind=serum',
      headers: { 'if-none-match': etag },
    });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    const one = await t.app.inject({ method: 'GET', url: '/v1/products/hydrating-serum' });
    const oneEtag = one.headers.etag as string;
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/v1/products/hydrating-serum',
          headers: { 'if-none-match': oneEtag },
        })
      ).statusCode,
    ).toBe(304);

    const written = await t.app.inject({
      method: 'PUT',
      url: '/v1/products/hydrating-serum',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...FIXTURE_PRODUCTS[2], name: 'Hydrating Serum II' },
    });
    expect(written.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/v1/products?kind=serum',
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const oneAfter = await t.app.inject({
      method: 'GET',
      url: '/v1/products/hydrating-serum',
      headers: { 'if-none-match': oneEtag },
    });
    expect(oneAfter.statusCode).toBe(200);
    expect(oneAfter.json().name).toBe('Hydrating Serum II');
  });

  it('keeps the ingredients ETag when only products change', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/v1/ingredients' })).headers.etag;
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/v1/products/plain-cream-24',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/v1/ingredients' })).headers.etag).toBe(before);
  });
});
