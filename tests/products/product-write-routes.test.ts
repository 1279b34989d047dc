import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import type { Product } from '../../src/products/product-schemas.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';
import { FIXTURE_PRODUCTS } from './product-fixtures.js';

let t: TestApp;
let writer: string;
let auditor: string;
beforeAll(async () => {
  t = await createTestApp();
  const keys = new ApiKeyRepository(t.db);
  writer = keys.create('curator', ['catalogue:write'], FIXED_NOW.toISOString());
  auditor = keys.create('auditor', ['audit:read'], FIXED_NOW.toISOString());
});
afterAll(async () => {
  await t.close();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const SERUM = FIXTURE_PRODUCTS[0]!;

const get = (id: string) => t.app.inject({ method: 'GET', url: `/v1/products/${id}` });
const count = () => (t.db.$client.prepare('SELECT COUNT(*) AS n FROM products').get() as { n: number }).n;
const auditRows = () =>
  t.db.$client
    .prepare(
      "SELECT actor, operation, slug, before, after FROM audit_log WHERE entity = 'product' ORDER BY id",
    )
    .all() as {
    actor: string;
    operation: string;
    slug: string;
    before: string | null;
    after: string | null;
  }[];

describe('staff authentication on product writes', () => {
  it.each<[string, string, number, Record<string, string>]>([
    ['POST', '/v1/products', 401, {}],
    ['PUT', `/v1/products/${SERUM.id}`, 401, {}],
    ['DELETE', `/v1/products/${SERUM.id}`, 401, {}],
    ['POST', '/v1/products/import', 401, {}],
    ['POST', '/v1/products', 401, { authorization: 'Bearer x' }],
  ])('%s %s without a valid token is %i and writes nothing', async (method, url, status, headers) => {
    const response = await t.app.inject({
      method: method as 'POST',
      url,
      headers,
      payload: url.endsWith('import') ? [SERUM] : SERUM,
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(count()).toBe(0);
  });

  it('answers a token without catalogue:write with 403', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: as(auditor),
      payload: SERUM,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toContain('catalogue:write');
    expect(count()).toBe(0);
  });
});

describe('POST, PUT and DELETE /v1/products', () => {
  it('creates a product (201, Location), derives its fields, and audits the write', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: as(writer),
      payload: SERUM,
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe(`/v1/products/${SERUM.id}`);
    const product = response.json() as Product;
    expect(product).toMatchObject({ ...SERUM, updatedAt: FIXED_NOW.toISOString() });
    expect(product.facts).toMatchObject({ actives: ['retinol'], retinoid: true, photosensitizing: true });
    expect((await get(SERUM.id)).json()).toEqual(product);
    expect(auditRows().at(-1)).toMatchObject({
      actor: 'curator',
      operation: 'create',
      slug: SERUM.id,
      before: null,
    });
    expect(JSON.parse(auditRows().at(-1)!.after!)).toEqual({ ...SERUM, updatedAt: FIXED_NOW.toISOString() });
  });

  it('answers 409 for an id that exists, and leaves the product as it was', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: as(writer),
      payload: { ...SERUM, name: 'Another' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain(SERUM.id);
    expect((await get(SERUM.id)).json().name).toBe(SERUM.name);
  });

  it('names every bad field in one 400, derived fields included, and writes nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: as(writer),
      payload: {
        id: 'Bad Id',
        brand: '',
        name: 'x',
        kind: 'mask',
        inci: 'Aqua',
        spf: 500,
        url: 'ftp://example.com',
        facts: { retinoid: false },
        ingredients: [],
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .errors.map((error: { path: string }) => error.path)
      .sort();
    expect(paths).toEqual(['/brand', '/facts', '/id', '/ingredients', '/kind', '/spf', '/url']);
    expect(count()).toBe(1);
  });

  it('requires spf of a sunscreen, and refuses a list that holds no entries', async () => {
    const noSpf = await t.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: as(writer),
      payload: { ...FIXTURE_PRODUCTS[3], spf: null },
    });
    expect(noSpf.statusCode).toBe(400);
    expect(noSpf.json().errors).toEqual([
      { path: '/spf', in: 'body', message: 'is required for a sunscreen' },
    ]);
    const empty = await t.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: as(writer),
      payload: { ...FIXTURE_PRODUCTS[4], inci: ' , ; ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('/inci');
    expect(count()).toBe(1);
  });

  it('replaces a product (200) and reads its new list', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/v1/products/${SERUM.id}`,
      headers: as(writer),
      payload: { ...SERUM, inci: 'Aqua, Glycerin, Glycolic Acid' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().facts).toMatchObject({
      actives: ['glycolic-acid'],
      retinoid: false,
      exfoliatingAcid: true,
    });
    expect(auditRows().at(-1)).toMatchObject({ operation: 'update', slug: SERUM.id });
    expect(JSON.parse(auditRows().at(-1)!.before!).inci).toBe(SERUM.inci);
  });

  it('answers 404 for PUT and DELETE of an unknown id, and 400 when the body id differs from the path', async () => {
    const missing = await t.app.inject({
      method: 'PUT',
      url: '/v1/products/no-such-product',
      headers: as(writer),
      payload: { ...SERUM, id: 'no-such-product' },
    });
    expect(missing.statusCode).toBe(404);
    const mismatch = await t.app.inject({
      method: 'PUT',
      url: `/v1/products/${SERUM.id}`,
      headers: as(writer),
      payload: { ...SERUM, id: 'other-id' },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors).toEqual([
      { path: '/id', in: 'body', message: `must be '${SERUM.id}', the id in the path` },
    ]);
    const gone = await t.app.inject({
      method: 'DELETE',
      url: '/v1/products/no-such-product',
      headers: as(writer),
    });
    expect(gone.statusCode).toBe(404);
  });

  it('deletes a product (204) with its entries, audited', async () => {
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/v1/products/${SERUM.id}`,
      headers: as(writer),
    });
    expect(response.statusCode).toBe(204);
    expect((await get(SERUM.id)).statusCode).toBe(404);
    expect(t.db.$client.prepare('SELECT COUNT(*) AS n FROM product_entries').get()).toEqual({ n: 0 });
    expect(auditRows().at(-1)).toMatchObject({ operation: 'delete', slug: SERUM.id, after: null });
  });

  it('shows product writes in GET /v1/audit, marked as products', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/audit?limit=1', headers: as(auditor) });
    expect(response.statusCode).toBe(200);
    expect(response.json().items[0]).toMatchObject({
      entity: 'product',
      operation: 'delete',
      slug: SERUM.id,
    });
  });
});

describe('POST /v1/products/import', () => {
  const importing = (payload: unknown, query = '', contentType?: string) =>
    t.app.inject({
      method: 'POST',
      url: `/v1/products/import${query}`,
      headers: { ...as(writer), ...(contentType ? { 'content-type': contentType } : {}) },
      payload: payload as string,
    });

  it('names every bad row by number and field, and writes none of the rows', async () => {
    const before = count();
    const response = await importing([
      FIXTURE_PRODUCTS[1],
      { ...FIXTURE_PRODUCTS[2], kind: 'mask' },
      FIXTURE_PRODUCTS[4],
      { ...FIXTURE_PRODUCTS[3], spf: null, colour: 'white' },
      FIXTURE_PRODUCTS[1],
      { ...FIXTURE_PRODUCTS[5], inci: ';' },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('The import has 4 invalid rows; nothing was written.');
    expect(response.json().errors).toEqual([
      expect.objectContaining({ row: 2, path: '/kind' }),
      expect.objectContaining({ row: 4, path: '/colour' }),
      expect.objectContaining({ row: 4, path: '/spf' }),
      expect.objectContaining({
        row: 5,
        path: '/id',
        message: `repeats the id '${FIXTURE_PRODUCTS[1]!.id}' of row 1`,
      }),
      expect.objectContaining({ row: 6, path: '/inci', message: 'holds no ingredient entries' }),
    ]);
    expect(count()).toBe(before);
  });

  it('validates only on dryRun=true: reports what would change and writes nothing', async () => {
    const before = count();
    const response = await importing(FIXTURE_PRODUCTS, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: true, total: 6, created: 6, updated: 0, unchanged: 0 });
    expect(count()).toBe(before);
  });

  it('imports every row in one go, warns of entries that matched nothing, and re-imports as unchanged', async () => {
    const response = await importing(FIXTURE_PRODUCTS);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ dryRun: false, total: 6, created: 6, updated: 0, unchanged: 0 });
    expect(report.warnings).toContainEqual({
      row: 4,
      field: 'inci',
      message: expect.stringContaining("'Zzqx Blend'"),
    });
    const again = await importing(FIXTURE_PRODUCTS);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
  });

  it('takes CSV, and an export of whole Products back as rows', async () => {
    const csv =
      'id,brand,name,kind,inci,spf,url\n' +
      'csv-sunscreen,Harbor Basics,CSV Sunscreen,sunscreen,"Aqua, Zinc Oxide, Glycerin",50,\n' +
      `${FIXTURE_PRODUCTS[1]!.id},Fieldnote,Renamed Toner,tone,"Aqua, Glycolic Acid, Glycerin",,\n`;
    const response = await importing(csv, '', 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 1, updated: 1 });
    const sunscreen = (await get('csv-sunscreen')).json() as Product;
    expect(sunscreen).toMatchObject({ spf: 50, url: null });
    expect(sunscreen.ingredients.map((entry) => entry.slug)).toEqual([null, 'zinc-oxide', 'glycerin']);

    const exported = (await t.app.inject({ method: 'GET', url: '/v1/products?limit=100' })).json().items;
    const back = await importing(exported);
    expect(back.json()).toMatchObject({ created: 0, updated: 0, unchanged: exported.length });
  });

  it('refuses a CSV without a header row naming Product fields', async () => {
    const response = await importing('a,b\n1,2\n', '', 'text/csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('The CSV has no header row naming Product fields.');
  });

  it('refuses an empty array and a body that is not a list', async () => {
    expect((await importing([])).statusCode).toBe(400);
    const notList = await importing({ id: 'x' });
    expect(notList.statusCode).toBe(400);
  });
});
