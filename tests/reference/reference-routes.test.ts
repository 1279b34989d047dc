import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceEntry } from '../../src/reference/cosing-import.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const entry = (
  inciName: string,
  casNumbers: string[] = [],
  ecNumbers: string[] = [],
  functions: string[] = ['Skin Conditioning'],
): ReferenceEntry => ({ inciName, casNumbers, ecNumbers, functions });

const FIXTURE: ReferenceEntry[] = [
  entry('SODIUM HYALURONATE', ['9067-32-7'], ['618-620-0'], ['Humectant', 'Skin Conditioning']),
  entry('HYDROLYZED SODIUM HYALURONATE', ['9067-32-7']),
  entry('SODIUM ACETYLATED HYALURONATE', ['158254-23-0']),
  entry('HYALURONIC ACID', ['9004-61-9'], ['232-678-0'], ['Humectant']),
  entry('HYDROLYZED HYALURONIC ACID'),
  entry('RETINOL', ['68-26-8'], ['200-683-7'], ['Skin Conditioning']),
  entry('RETINYL PALMITATE', ['79-81-2'], ['201-228-5']),
  entry('HYDROXYPINACOLONE RETINOATE', ['893412-73-2']),
  entry('PEG-8 DIMETHICONE', [], [], ['Surfactant - Cleansing', 'Hair Conditioning']),
  entry('(APPLE/PEAR) FRUIT EXTRACT'),
  entry('GLYCERIN', ['56-81-5'], ['200-289-5'], ['Humectant']),
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
  new ReferenceRepository(t.db).replaceAll(FIXTURE);
});
afterAll(async () => {
  await t.close();
});

type Page = { items: ReferenceEntry[]; nextCursor: string | null };

async function search(query: string) {
  const response = await t.app.inject({ method: 'GET', url: `/v1/reference/inci${query}` });
  return { response, body: response.json() as Page };
}

const names = (page: Page) => page.items.map((item) => item.inciName);

describe('GET /v1/reference/inci', () => {
  it('finds the names starting with q, and the names with a word starting with it, in name order', async () => {
    const { response, body } = await search('?q=retin');
    expect(response.statusCode).toBe(200);
    expect(names(body)).toEqual(['HYDROXYPINACOLONE RETINOATE', 'RETINOL', 'RETINYL PALMITATE']);
    expect(body.nextCursor).toBeNull();
    expect(body.items[1]).toEqual(FIXTURE[5]);
  });

  it('finds names by a prefix made only of punctuation', async () => {
    const { body } = await search(`?q=${encodeURIComponent('(')}`);
    expect(names(body)).toEqual(['(APPLE/PEAR) FRUIT EXTRACT']);
  });

  it('finds names whose words start with every word of q, in any order', async () => {
    const { body } = await search('?q=hyaluron%20sodium');
    expect(names(body)).toEqual([
      'HYDROLYZED SODIUM HYALURONATE',
      'SODIUM ACETYLATED HYALURONATE',
      'SODIUM HYALURONATE',
    ]);
    const { body: punctuated } = await search(`?q=${encodeURIComponent('dimethicone peg-8')}`);
    expect(names(punctuated)).toEqual(['PEG-8 DIMETHICONE']);
    const { body: midWord } = await search('?q=aluronate');
    expect(names(midWord)).toEqual([]);
  });

  it('ignores case', async () => {
    const lower = await search('?q=hyaluronic%20acid');
    const mixed = await search('?q=Hyaluronic%20ACID');
    expect(names(lower.body)).toEqual(['HYALURONIC ACID', 'HYDROLYZED HYALURONIC ACID']);
    expect(mixed.body).toEqual(lower.body);
  });

  it('looks up a CAS number exactly, not as a prefix', async () => {
    expect(names((await search('?q=68-26-8')).body)).toEqual(['RETINOL']);
    expect(names((await search('?q=9067-32-7')).body)).toEqual([
      'HYDROLYZED SODIUM HYALURONATE',
      'SODIUM HYALURONATE',
    ]);
    expect(names((await search('?q=9067-32-8')).body)).toEqual([]);
    expect(names((await search('?q=68-26')).body)).toEqual([]);
  });

  it('pages with limit 1 through every match exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const query: string = `?q=hyaluron&limit=1${cursor === null ? '' : `&cursor=${cursor}`}`;
      const { response, body } = await search(query);
      expect(response.statusCode).toBe(200);
      expect(body.items).toHaveLength(1);
      seen.push(...names(body));
      cursor = body.nextCursor;
      if (cursor === null) break;
    }
    expect(seen).toEqual([
      'HYALURONIC ACID',
      'HYDROLYZED HYALURONIC ACID',
      'HYDROLYZED SODIUM HYALURONATE',
      'SODIUM ACETYLATED HYALURONATE',
      'SODIUM HYALURONATE',
    ]);
    expect(cursor).toBeNull();
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    const { response, body } = await search('?q=no%20such%20thing');
    expect(response.statusCode).toBe(200);
    expect(body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['%', '%25'],
    ['_ETINOL', '_ETINOL'],
    ['%ETIN', '%25ETIN'],
    ['R_T', 'R_T'],
  ])('takes the LIKE wildcards in %s literally', async (_q, encoded) => {
    const { response, body } = await search(`?q=${encoded}`);
    expect(response.statusCode).toBe(200);
    expect(body.items).toEqual([]);
  });

  it.each([
    ['', '/q'],
    ['?q=', '/q'],
    ['?q=%20%20', '/q'],
    [`?q=${'a'.repeat(201)}`, '/q'],
    ['?q=retinol&limit=0', '/limit'],
    ['?q=retinol&limit=101', '/limit'],
    ['?q=retinol&limit=abc', '/limit'],
    ['?q=retinol&limit=1.5', '/limit'],
    ['?q=retinol&cursor=not-a-cursor!', '/cursor'],
    [`?q=retinol&cursor=${Buffer.from([0xff, 0xfe]).toString('base64url')}`, '/cursor'],
    ['?q=retinol&sort=name', '/sort'],
  ])('rejects %s with a 400 naming %s', async (query, path) => {
    const response = await t.app.inject({ method: 'GET', url: `/v1/reference/inci${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json() as { status: number; errors: { path: string; in?: string }[] };
    expect(problem.status).toBe(400);
    expect(problem.errors).toContainEqual(expect.objectContaining({ path, in: 'query' }));
  });
});
