import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let writer: string;
let auditor: string;
let revoked: string;
beforeAll(async () => {
  t = await createTestApp();
  const keys = new ApiKeyRepository(t.db);
  const now = FIXED_NOW.toISOString();
  writer = keys.create('curator', ['catalogue:write'], now);
  auditor = keys.create('auditor', ['audit:read'], now);
  revoked = keys.create('former-staff', ['catalogue:write'], now);
  keys.revoke('former-staff', now);
});
afterAll(async () => {
  await t.close();
});

const NEW = {
  slug: 'malic-acid',
  name: 'Malic Acid',
  inciName: 'MALIC ACID',
  class: 'aha',
  family: null,
  rank: 40,
  concerns: ['texture', 'dullness'],
  photosensitizing: true,
  irritation: 'medium',
  maxApplicationsPerDay: 1,
  pregnancySafe: true,
  skinTypes: ['dry', 'combination', 'normal', 'oily'],
  casNumber: '6915-15-7',
  ecNumber: '230-022-8',
  notes: 'An AHA from apples.',
};

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('staff authentication', () => {
  it.each<[string, Record<string, string>, number]>([
    ['no token', {}, 401],
    ['a malformed header', { authorization: 'Token abc' }, 401],
    [
      'an unknown token',
      { authorization: 'Bearer rgm_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      401,
    ],
    ['garbage', { authorization: 'Bearer x' }, 401],
  ])('answers %s with 401 problem+json', async (_name, headers, status) => {
    const response = await t.app.inject({ method: 'POST', url: '/v1/ingredients', payload: NEW, headers });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(t.repository.findBySlug('malic-acid')).toBeUndefined();
  });

  it.each<[string, { payload: string; headers: Record<string, string> }]>([
    ['an invalid body', { payload: '{"slug":"x"}', headers: { 'content-type': 'application/json' } }],
    ['broken JSON', { payload: '{', headers: { 'content-type': 'application/json' } }],
    ['a text/plain body', { payload: 'hello', headers: { 'content-type': 'text/plain' } }],
    [
      'a body over 64 KiB',
      { payload: `"${'a'.repeat(70_000)}"`, headers: { 'content-type': 'application/json' } },
    ],
  ])('answers a request without a token 401 before looking at %s', async (_name, request) => {
    // An app of its own: failed authentications count towards the client's lockout.
    const own = await createTestApp({ seed: false });
    try {
      const response = await own.app.inject({ method: 'POST', url: '/v1/ingredients', ...request });
      expect(response.statusCode).toBe(401);
    } finally {
      await own.close();
    }
  });

  it('takes the Bearer scheme in any case, as HTTP says', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/v1/ingredients/nothing-here',
      payload: { ...NEW, slug: 'nothing-here' },
      headers: { authorization: `bearer ${writer}` },
    });
    expect(response.statusCode).toBe(404);
  });

  it('answers a revoked token with 401', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients',
      payload: NEW,
      headers: as(revoked),
    });
    expect(response.statusCode).toBe(401);
  });

  it('answers a token without the scope with 403', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients',
      payload: NEW,
      headers: as(auditor),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toContain('catalogue:write');
  });

  it('lets reads through with no token', async () => {
    expect((await t.app.inject('/v1/ingredients/retinol')).statusCode).toBe(200);
  });
});

describe('POST, PUT and DELETE /v1/ingredients', () => {
  it('creates, replaces and deletes an ingredient, each visible to reads at once and audited', async () => {
    const before = t.repository.version();
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients',
      payload: NEW,
      headers: as(writer),
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/v1/ingredients/malic-acid');
    expect(created.json()).toMatchObject({ ...NEW, warnings: [], updatedAt: FIXED_NOW.toISOString() });
    expect(t.repository.version()).not.toBe(before);
    expect((await t.app.inject('/v1/ingredients/malic-acid')).json().name).toBe('Malic Acid');

    const conflict = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients',
      payload: NEW,
      headers: as(writer),
    });
    expect(conflict.statusCode).toBe(409);

    const replaced = await t.app.inject({
      method: 'PUT',
      url: '/v1/ingredients/malic-acid',
      payload: { ...NEW, notes: 'Edited.' },
      headers: as(writer),
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().notes).toBe('Edited.');

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/v1/ingredients/malic-acid',
      headers: as(writer),
    });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await t.app.inject('/v1/ingredients/malic-acid')).statusCode).toBe(404);

    const audit = await t.app.inject({ method: 'GET', url: '/v1/audit?limit=3', headers: as(auditor) });
    expect(audit.statusCode).toBe(200);
    const entries = audit.json().items;
    expect(entries.map((e: { operation: string }) => e.operation)).toEqual(['delete', 'update', 'create']);
    expect(entries[0]).toMatchObject({ actor: 'curator', slug: 'malic-acid', after: null });
    expect(entries[1].before.notes).toBe('An AHA from apples.');
    expect(entries[1].after.notes).toBe('Edited.');
  });

  it('answers 404 for PUT and DELETE of a missing slug', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/v1/ingredients/nothing',
      payload: { ...NEW, slug: 'nothing' },
      headers: as(writer),
    });
    expect(put.statusCode).toBe(404);
    const del = await t.app.inject({ method: 'DELETE', url: '/v1/ingredients/nothing', headers: as(writer) });
    expect(del.statusCode).toBe(404);
  });

  it('rejects a PUT whose body slug differs from the path', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/v1/ingredients/retinol',
      payload: NEW,
      headers: as(writer),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/slug');
    expect(t.repository.findBySlug('retinol')!.name).toBe('Retinol');
  });

  it('names every bad field of a bad ingredient and writes nothing', async () => {
    const before = t.repository.version();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients',
      payload: {
        ...NEW,
        slug: 'Bad Slug',
        class: 'acid',
        maxApplicationsPerDay: 3,
        concerns: ['texture', 'texture'],
        casNumber: '123',
        extra: 1,
      },
      headers: as(writer),
    });
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['/casNumber', '/class', '/concerns', '/extra', '/maxApplicationsPerDay', '/slug']);
    expect(t.repository.version()).toBe(before);
  });

  it('warns, but writes, when the CosIng reference disagrees', async () => {
    const reference = new ReferenceRepository(t.db);
    reference.replaceAll([
      {
        inciName: 'MALIC ACID',
        casNumbers: ['6915-15-7', '617-48-1'],
        ecNumbers: [],
        functions: ['Buffering'],
      },
    ]);
    try {
      const wrongCas = await t.app.inject({
        method: 'POST',
        url: '/v1/ingredients',
        payload: { ...NEW, slug: 'malic-acid-2', casNumber: '97-67-6' },
        headers: as(writer),
      });
      expect(wrongCas.statusCode).toBe(201);
      expect(wrongCas.json().warnings).toEqual([expect.objectContaining({ field: 'casNumber' })]);
      const unknownName = await t.app.inject({
        method: 'POST',
        url: '/v1/ingredients',
        payload: { ...NEW, slug: 'malic-acid-3', inciName: 'APPLE MAGIC' },
        headers: as(writer),
      });
      expect(unknownName.statusCode).toBe(201);
      expect(unknownName.json().warnings).toEqual([expect.objectContaining({ field: 'inciName' })]);
      const fine = await t.app.inject({
        method: 'POST',
        url: '/v1/ingredients',
        payload: { ...NEW, slug: 'malic-acid-4' },
        headers: as(writer),
      });
      expect(fine.json().warnings).toEqual([]);
    } finally {
      reference.replaceAll([]);
      for (const slug of ['malic-acid-2', 'malic-acid-3', 'malic-acid-4']) t.repository.delete(slug);
    }
  });
});

describe('POST /v1/ingredients/import', () => {
  const row = (i: number) => ({ ...NEW, slug: `import-test-${i}`, name: `Import Test ${i}` });

  it('upserts a JSON array in one go and reports what it did', async () => {
    const retinol = (await t.app.inject('/v1/ingredients/retinol')).json();
    const { updatedAt: _u, ...retinolInput } = retinol;
    const payload = [row(1), row(2), { ...retinolInput, notes: 'Imported.' }];
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload,
      headers: as(writer),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: false, total: 3, created: 2, updated: 1 });
    expect(t.repository.findBySlug('import-test-2')).toBeDefined();
    expect(t.repository.findBySlug('retinol')!.notes).toBe('Imported.');
  });

  it('writes nothing when one row among many is bad, and names it by row number and field', async () => {
    const before = t.repository.version();
    const payload = Array.from({ length: 50 }, (_, i) => row(100 + i));
    payload[36] = { ...payload[36]!, irritation: 'extreme' };
    payload[41] = { ...payload[41]!, skinTypes: [] };
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload,
      headers: as(writer),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ row: 37, path: '/irritation' }),
      expect.objectContaining({ row: 42, path: '/skinTypes' }),
    ]);
    expect(t.repository.version()).toBe(before);
    expect(t.repository.findBySlug('import-test-100')).toBeUndefined();
  });

  it('takes a CSV body', async () => {
    const csv = [
      'slug,name,inciName,class,family,rank,concerns,photosensitizing,irritation,maxApplicationsPerDay,pregnancySafe,skinTypes,casNumber,ecNumber,notes',
      'csv-one,CSV One,MALIC ACID,aha,,40,texture;dullness,true,medium,1,true,dry;normal,6915-15-7,,"Notes, with a comma"',
      'csv-two,CSV Two,GLYCERIN,humectant,,50,dryness,false,low,2,true,dry;combination;normal;oily,,,',
    ].join('\n');
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload: csv,
      headers: { ...as(writer), 'content-type': 'text/csv' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ created: 2 });
    expect(t.repository.findBySlug('csv-one')).toMatchObject({
      concerns: ['texture', 'dullness'],
      notes: 'Notes, with a comma',
    });
  });

  it('names bad CSV rows by number', async () => {
    const csv =
      'slug,name,inciName,class,concerns,photosensitizing,irritation,maxApplicationsPerDay,pregnancySafe,skinTypes,casNumber,ecNumber\n' +
      'ok-row,OK,GLYCERIN,humectant,dryness,false,low,2,true,dry,,\n' +
      'bad-row,Bad,GLYCERIN,humectant,dryness,maybe,low,2,true,dry,,\n';
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload: csv,
      headers: { ...as(writer), 'content-type': 'text/csv' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ row: 2, path: '/photosensitizing' })]);
    expect(t.repository.findBySlug('ok-row')).toBeUndefined();
  });

  it('names a bad ?dryRun beside bad rows, and writes nothing', async () => {
    const before = t.repository.version();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import?dryRun=maybe',
      payload: [{ ...row(901), photosensitizing: 'yes' }],
      headers: as(writer),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/dryRun', in: 'query' }));
    expect(t.repository.version()).toBe(before);
  });

  it('answers 404 to a PUT whose path is no slug, rather than asking for that slug in the body', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/v1/ingredients/Retinol',
      payload: { ...NEW, slug: 'retinol' },
      headers: as(writer),
    });
    expect(response.statusCode).toBe(404);
  });

  it('validates only on dryRun=true', async () => {
    const before = t.repository.version();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import?dryRun=true',
      payload: [row(900), { ...row(1), notes: 'Changed.' }],
      headers: as(writer),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: true, total: 2, created: 1, updated: 1, unchanged: 0 });
    expect(t.repository.findBySlug('import-test-900')).toBeUndefined();
    expect(t.repository.version()).toBe(before);
  });

  it('rejects a body that is not a list, and a content type it does not take', async () => {
    const object = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload: { a: 1 },
      headers: as(writer),
    });
    expect(object.statusCode).toBe(400);
    const xml = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload: '<rows/>',
      headers: { ...as(writer), 'content-type': 'application/xml' },
    });
    expect(xml.statusCode).toBe(415);
  });

  it('needs the catalogue:write scope', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload: [row(5)],
      headers: as(auditor),
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /v1/audit', () => {
  it('needs audit:read', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/v1/audit' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/v1/audit', headers: as(writer) })).statusCode).toBe(
      403,
    );
  });

  it('pages from newest to oldest without repeats', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/audit?limit=7${cursor ? `&cursor=${cursor}` : ''}`;
      const body = (await t.app.inject({ method: 'GET', url, headers: as(auditor) })).json();
      seen.push(...body.items.map((item: { id: number }) => item.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('re-importing what is stored', () => {
  const auditCount = () =>
    (t.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const exported = () => t.repository.snapshot().ingredients.map((item) => ({ ...item }));
  const importRows = (payload: object[], query = '') =>
    t.app.inject({ method: 'POST', url: `/v1/ingredients/import${query}`, payload, headers: as(writer) });

  it('writes nothing, audits nothing and keeps the version and ETag for an unchanged export', async () => {
    const rows = exported();
    const listed = await t.app.inject('/v1/ingredients');
    const version = t.repository.version();
    const audits = auditCount();

    const dry = await importRows(rows, '?dryRun=true');
    expect(dry.json()).toMatchObject({ dryRun: true, created: 0, updated: 0, unchanged: rows.length });
    const response = await importRows(rows);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: false,
      total: rows.length,
      created: 0,
      updated: 0,
      unchanged: rows.length,
    });
    expect(t.repository.version()).toBe(version);
    expect(auditCount()).toBe(audits);
    const again = await t.app.inject({
      url: '/v1/ingredients',
      headers: { 'if-none-match': listed.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(t.repository.findBySlug('retinol')!.updatedAt).toBe(
      rows.find((r) => r.slug === 'retinol')!.updatedAt,
    );
  });

  it('writes and audits only the one row that changed', async () => {
    const rows = exported();
    const version = t.repository.version();
    const audits = auditCount();
    const changed = rows.map((row) => (row.slug === 'glycerin' ? { ...row, rank: row.rank + 1 } : row));
    const dry = await importRows(changed, '?dryRun=true');
    expect(dry.json()).toMatchObject({ created: 0, updated: 1, unchanged: rows.length - 1 });
    const response = await importRows(changed);
    expect(response.json()).toMatchObject({ created: 0, updated: 1, unchanged: rows.length - 1 });
    expect(auditCount()).toBe(audits + 1);
    expect(t.repository.version()).not.toBe(version);
  });

  it('counts a reordered list as a change, as it is stored and served in order', async () => {
    const rows = exported().filter((row) => row.concerns.length > 1);
    const [first] = rows;
    const reordered = { ...first!, concerns: [...first!.concerns].reverse() };
    const response = await importRows([reordered]);
    expect(response.json()).toMatchObject({ updated: 1, unchanged: 0 });
  });
});

describe('imports with nothing to import', () => {
  const csv = (payload: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload,
      headers: { ...as(writer), 'content-type': 'text/csv' },
    });

  it.each([
    ['a garbage header and no rows', 'foo,bar,baz\n', /no header row/],
    ['a garbage header and rows', 'foo,bar\n1,2\n3,4\n', /no header row/],
    ['an empty body', '', /no header row/],
    ['a valid header and no rows', 'slug,name,inciName,class\n', /no rows/],
  ])('answers a CSV with %s with a 400 naming the problem', async (_name, body, detail) => {
    const version = t.repository.version();
    const response = await csv(body);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().detail).toMatch(detail);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: '/' })]);
    expect(t.repository.version()).toBe(version);
  });

  it('answers an empty JSON array with a 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload: [],
      headers: as(writer),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/no rows/);
  });
});
