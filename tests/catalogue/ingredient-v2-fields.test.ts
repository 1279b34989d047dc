import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { regimenAsync } from '../cli/cli-helpers.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

/**
 * The version-2 ingredient fields (aliases, uvSpectrum, strength, evidence) as staff
 * meet them: what a write or an import refuses, what it names, and what it fills in.
 */

let t: TestApp;
let token: string;
const dir = mkdtempSync(join(tmpdir(), 'regimen-v2-fields-'));
beforeAll(async () => {
  t = await createTestApp();
  token = new ApiKeyRepository(t.db).create('curator', ['catalogue:write'], FIXED_NOW.toISOString());
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const staff = () => ({ authorization: `Bearer ${token}` });

/** A UV filter not in the seed, valid as written. */
const FILTER = {
  slug: 'bemotrizinol-test',
  name: 'Bemotrizinol (test)',
  inciName: 'BIS-ETHYLHEXYLOXYPHENOL METHOXYPHENYL TRIAZINE',
  class: 'uv-filter',
  concerns: [],
  photosensitizing: false,
  irritation: 'low',
  maxApplicationsPerDay: 2,
  pregnancySafe: true,
  skinTypes: ['dry', 'combination', 'normal', 'oily'],
  casNumber: null,
  ecNumber: null,
  aliases: ['Tinosorb S', 'BEMT'],
  uvSpectrum: 'broad',
  strength: { startFrom: 1, startTo: 3, max: 10 },
  evidence: { grade: 'moderate', sources: ['aad-sunscreen'] },
};

/** An exfoliant without any of the v2 fields: what a v1 client still sends. */
const V1_BODY = {
  slug: 'malic-acid-v1-client',
  name: 'Malic Acid',
  inciName: 'MALIC ACID',
  class: 'aha',
  concerns: ['texture'],
  photosensitizing: true,
  irritation: 'medium',
  maxApplicationsPerDay: 1,
  pregnancySafe: true,
  skinTypes: ['normal', 'oily'],
  casNumber: '6915-15-7',
  ecNumber: '230-022-8',
};

const post = (payload: object) =>
  t.app.inject({ method: 'POST', url: '/v1/ingredients', payload, headers: staff() });
const put = (slug: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/v1/ingredients/${slug}`, payload, headers: staff() });
const importJson = (payload: unknown[]) =>
  t.app.inject({ method: 'POST', url: '/v1/ingredients/import', payload, headers: staff() });
const importCsv = (payload: string) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/ingredients/import',
    payload,
    headers: { ...staff(), 'content-type': 'text/csv' },
  });

type Problem = { errors: { path: string; row?: number; message: string }[] };
const pathsOf = (body: Problem) => body.errors.map((error) => error.path).sort();
const auditCount = () =>
  (t.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

/** Runs `work`, then asserts it wrote nothing: same catalogue version, no audit entry. */
async function expectNothingWritten<T>(work: () => Promise<T>): Promise<T> {
  const version = t.repository.version();
  const audits = auditCount();
  const result = await work();
  expect(t.repository.version()).toBe(version);
  expect(auditCount()).toBe(audits);
  return result;
}

describe('staff writes refuse inconsistent v2 fields', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a uv-filter with no uvSpectrum', { uvSpectrum: undefined }, ['/uvSpectrum']],
    ['a uv-filter with uvSpectrum null', { uvSpectrum: null }, ['/uvSpectrum']],
    ['an unknown uvSpectrum', { uvSpectrum: 'uvc' }, ['/uvSpectrum']],
    [
      'strength.startFrom above startTo',
      { strength: { startFrom: 4, startTo: 3, max: 10 } },
      ['/strength/startFrom'],
    ],
    [
      'strength.startTo above max',
      { strength: { startFrom: 1, startTo: 12, max: 10 } },
      ['/strength/startTo'],
    ],
    ['a strength missing max', { strength: { startFrom: 1, startTo: 3 } }, ['/strength/max']],
    ['a zero strength', { strength: { startFrom: 0, startTo: 3, max: 10 } }, ['/strength/startFrom']],
    [
      'an unknown evidence source',
      { evidence: { grade: 'moderate', sources: ['aad-sunscreen', 'my-blog'] } },
      ['/evidence/sources/1'],
    ],
    [
      'moderate evidence with no source',
      { evidence: { grade: 'moderate', sources: [] } },
      ['/evidence/sources'],
    ],
    ['strong evidence with no source', { evidence: { grade: 'strong', sources: [] } }, ['/evidence/sources']],
    ['an unknown evidence grade', { evidence: { grade: 'anecdotal', sources: [] } }, ['/evidence/grade']],
    ['a repeated alias', { aliases: ['BEMT', 'BEMT'] }, ['/aliases']],
  ])('POST: %s is a 400 problem naming the field, and nothing is written', async (_name, change, paths) => {
    const body = { ...FILTER, ...change };
    const response = await expectNothingWritten(() => post(body));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(pathsOf(response.json())).toEqual(paths);
    expect(t.repository.findBySlug(FILTER.slug)).toBeUndefined();
  });

  it('names every bad v2 field of one body in one answer', async () => {
    const response = await expectNothingWritten(() =>
      post({
        ...FILTER,
        uvSpectrum: undefined,
        strength: { startFrom: 5, startTo: 2, max: 10 },
        evidence: { grade: 'strong', sources: [] },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response.json())).toEqual(['/evidence/sources', '/strength/startFrom', '/uvSpectrum']);
  });

  it('still names a missing uvSpectrum when another field has the wrong type or value', async () => {
    // A wrong type elsewhere (an unknown source, a number for a name) must not hide the rule
    // that a UV filter says what it blocks: staff would fix one field only to meet the next 400.
    const response = await expectNothingWritten(() =>
      post({
        ...FILTER,
        name: 42,
        uvSpectrum: undefined,
        strength: { startFrom: 1, startTo: 12, max: 10 },
        evidence: { grade: 'moderate', sources: ['my-blog'] },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response.json())).toEqual([
      '/evidence/sources/0',
      '/name',
      '/strength/startTo',
      '/uvSpectrum',
    ]);
  });

  it('PUT refuses to take the uvSpectrum off a seeded UV filter, and leaves it as it was', async () => {
    const zinc = (await t.app.inject('/v1/ingredients/zinc-oxide')).json();
    const { updatedAt: _u, ...input } = zinc;
    const response = await expectNothingWritten(() =>
      put('zinc-oxide', { ...input, uvSpectrum: null, strength: { startFrom: 10, startTo: 5, max: 25 } }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(pathsOf(response.json())).toEqual(['/strength/startFrom', '/uvSpectrum']);
    expect((await t.app.inject('/v1/ingredients/zinc-oxide')).json()).toEqual(zinc);
  });

  it('PUT refuses moderate evidence without sources on retinol', async () => {
    const retinol = (await t.app.inject('/v1/ingredients/retinol')).json();
    const { updatedAt: _u, ...input } = retinol;
    const response = await expectNothingWritten(() =>
      put('retinol', { ...input, evidence: { grade: 'moderate', sources: [] } }),
    );
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response.json())).toEqual(['/evidence/sources']);
    expect(t.repository.findBySlug('retinol')!.evidence).toEqual(retinol.evidence);
  });
});

describe('staff writes store the v2 fields', () => {
  it('stores and serves every v2 field as written', async () => {
    const created = await post({ ...FILTER, slug: 'bemotrizinol-kept' });
    expect(created.statusCode).toBe(201);
    const expected = {
      aliases: FILTER.aliases,
      uvSpectrum: 'broad',
      strength: FILTER.strength,
      evidence: FILTER.evidence,
    };
    expect(created.json()).toMatchObject(expected);
    expect((await t.app.inject('/v1/ingredients/bemotrizinol-kept')).json()).toMatchObject(expected);
  });

  it('accepts limited evidence without sources, and a strength whose three values are equal', async () => {
    const response = await post({
      ...FILTER,
      slug: 'bemotrizinol-limited',
      strength: { startFrom: 2, startTo: 2, max: 2 },
      evidence: { grade: 'limited', sources: [] },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      strength: { startFrom: 2, startTo: 2, max: 2 },
      evidence: { grade: 'limited', sources: [] },
    });
  });

  it('fills the defaults when a v1 body leaves the v2 fields out', async () => {
    const response = await post(V1_BODY);
    expect(response.statusCode).toBe(201);
    const defaults = {
      aliases: [],
      uvSpectrum: null,
      strength: null,
      evidence: { grade: 'limited', sources: [] },
    };
    expect(response.json()).toMatchObject(defaults);
    expect((await t.app.inject(`/v1/ingredients/${V1_BODY.slug}`)).json()).toMatchObject(defaults);
    expect(t.repository.findBySlug(V1_BODY.slug)).toMatchObject(defaults);
  });

  it('a PUT that leaves evidence out resets it to limited, as documented', async () => {
    const response = await put(V1_BODY.slug, {
      ...V1_BODY,
      notes: 'Replaced.',
      strength: { startFrom: 2, startTo: 5, max: 10 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      notes: 'Replaced.',
      strength: { startFrom: 2, startTo: 5, max: 10 },
      evidence: { grade: 'limited', sources: [] },
    });
  });
});

describe('imports validate the v2 fields as writes do', () => {
  const HEADER =
    'slug,name,inciName,class,concerns,photosensitizing,irritation,maxApplicationsPerDay,pregnancySafe,skinTypes,casNumber,ecNumber,aliases,uvSpectrum,strengthStartFrom,strengthStartTo,strengthMax,evidenceGrade,evidenceSources';

  it('refuses a CSV row that is a uv-filter with an empty uvSpectrum, naming row and field; writes nothing', async () => {
    const csv = [
      HEADER,
      'csv-v2-ok,OK,GLYCERIN,humectant,dryness,false,low,2,true,dry,,,Glycerol;Glycerine,,,,,strong,nebraska-moisturizer',
      'csv-v2-filter,Filter,ZINC OXIDE,uv-filter,,false,low,2,true,dry;oily,,,CI 77947,,,,,moderate,aad-sunscreen',
    ].join('\n');
    const response = await expectNothingWritten(() => importCsv(csv));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors).toEqual([expect.objectContaining({ row: 2, path: '/uvSpectrum' })]);
    expect(t.repository.findBySlug('csv-v2-ok')).toBeUndefined();
    expect(t.repository.findBySlug('csv-v2-filter')).toBeUndefined();
  });

  it('names every bad v2 cell of every bad CSV row', async () => {
    const csv = [
      HEADER,
      'csv-v2-a,A,GLYCERIN,humectant,dryness,false,low,2,true,dry,,,,,5,2,10,limited,',
      'csv-v2-b,B,GLYCERIN,humectant,dryness,false,low,2,true,dry,,,,,1,3,,moderate,',
      'csv-v2-c,C,GLYCERIN,humectant,dryness,false,low,2,true,dry,,,,,,,,limited,nebraska-moisturizer;my-blog',
      'csv-v2-d,D,ZINC OXIDE,uv-filter,,false,low,2,true,dry,,,,uvc,1,2,1,limited,',
    ].join('\n');
    const response = await expectNothingWritten(() => importCsv(csv));
    expect(response.statusCode).toBe(400);
    const errors = (response.json() as Problem).errors.map(({ row, path }) => `${row} ${path}`).sort();
    expect(errors).toEqual([
      '1 /strength/startFrom',
      '2 /evidence/sources',
      '2 /strength/max',
      '3 /evidence/sources/1',
      '4 /strength/startTo',
      '4 /uvSpectrum',
    ]);
  });

  it('refuses a JSON import row with a bad strength or evidence, naming its row; writes nothing', async () => {
    const rows = [
      { ...FILTER, slug: 'json-v2-ok' },
      { ...FILTER, slug: 'json-v2-strength', strength: { startFrom: 1, startTo: 11, max: 10 } },
      { ...FILTER, slug: 'json-v2-evidence', evidence: { grade: 'strong', sources: [] } },
      { ...FILTER, slug: 'json-v2-filter', uvSpectrum: undefined },
    ];
    const response = await expectNothingWritten(() => importJson(rows));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ row: 2, path: '/strength/startTo' }),
      expect.objectContaining({ row: 3, path: '/evidence/sources' }),
      expect.objectContaining({ row: 4, path: '/uvSpectrum' }),
    ]);
    expect(t.repository.findBySlug('json-v2-ok')).toBeUndefined();
  });

  it('reads empty v2 CSV cells as the defaults a JSON write would get', async () => {
    // A spreadsheet with the new columns added but left blank for most rows.
    const csv = [
      HEADER,
      'csv-v2-blank,Blank,GLYCERIN,humectant,dryness,false,low,2,true,dry,,,,,,,,,',
      'csv-v2-limited,Limited,GLYCERIN,humectant,dryness,false,low,2,true,dry,,,,,,,,limited,',
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    for (const slug of ['csv-v2-blank', 'csv-v2-limited']) {
      expect(t.repository.findBySlug(slug), slug).toMatchObject({
        aliases: [],
        uvSpectrum: null,
        strength: null,
        evidence: { grade: 'limited', sources: [] },
      });
    }
  });

  it('still asks for a grade when a CSV row gives sources without one', async () => {
    const csv = [
      HEADER,
      'csv-v2-nograde,X,GLYCERIN,humectant,dryness,false,low,2,true,dry,,,,,,,,,cosing',
    ].join('\n');
    const response = await expectNothingWritten(() => importCsv(csv));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ row: 1, path: '/evidence/grade' })]);
  });

  it('refuses a YAML file with a uv-filter lacking uvSpectrum through the CLI, naming row and field', async () => {
    const file = join(dir, 'filter.yaml');
    writeFileSync(
      file,
      [
        '- slug: yaml-v2-ok',
        '  name: Panthenol',
        '  inciName: PANTHENOL',
        '  class: soothing',
        '  concerns: [dryness]',
        '  photosensitizing: false',
        '  irritation: low',
        '  maxApplicationsPerDay: 2',
        '  pregnancySafe: true',
        '  skinTypes: [dry]',
        '  casNumber: "81-13-0"',
        '  ecNumber: null',
        '- slug: yaml-v2-filter',
        '  name: Homosalate',
        '  inciName: HOMOSALATE',
        '  class: uv-filter',
        '  concerns: []',
        '  photosensitizing: false',
        '  irritation: low',
        '  maxApplicationsPerDay: 2',
        '  pregnancySafe: true',
        '  skinTypes: [dry]',
        '  casNumber: null',
        '  ecNumber: null',
        '  evidence: { grade: strong, sources: [] }',
      ].join('\n'),
    );
    const version = t.repository.version();
    const result = await regimenAsync(t.path, ['catalogue', 'import', file]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/row 2 \/evidence\/sources/);
    expect(result.stderr).toMatch(/row 2 \/uvSpectrum/);
    expect(t.repository.version()).toBe(version);
    expect(t.repository.findBySlug('yaml-v2-ok')).toBeUndefined();
  });
});
