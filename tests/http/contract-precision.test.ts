import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { PROBLEM_TYPES } from '../../src/http/problem.js';
import { MALIC_ACID } from '../helpers/ingredient-fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

interface Operation {
  parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<
    string,
    {
      headers?: Record<string, unknown>;
      content?: Record<string, { example?: { status?: number; type?: string; errors?: unknown[] } }>;
    }
  >;
}
interface Contract {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>>; headers: Record<string, unknown> };
}
const contract = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Contract;
const operations = Object.entries(contract.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
);
const v1 = operations.filter(({ path }) => path.startsWith('/v1/'));

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  token = new ApiKeyRepository(t.db).create('curator', ['catalogue:write'], new Date().toISOString());
});
afterAll(async () => {
  await t.close();
});

describe('the contract says what the server enforces', () => {
  it('declares the recommendation concerns unique, and the server rejects a repeat naming the field', async () => {
    const schema = contract.components.schemas.RecommendationRequest as {
      properties: { concerns: Record<string, unknown> };
    };
    expect(schema.properties.concerns).toMatchObject({
      type: 'array',
      uniqueItems: true,
      minItems: 1,
      maxItems: 5,
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { skinType: 'dry', concerns: ['dryness', 'dryness'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: '/concerns/1', in: 'body', message: "repeats the concern 'dryness'" },
    ]);
  });

  it('declares dryRun as the enum true|false, and rejects anything else', async () => {
    const dryRun = contract.paths['/v1/ingredients/import']?.post?.parameters?.find(
      (p) => p.name === 'dryRun',
    );
    expect(dryRun?.schema).toMatchObject({ type: 'string', enum: ['true', 'false'], default: 'false' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import?dryRun=yes',
      payload: [MALIC_ACID],
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: '/dryRun', in: 'query' })]);
  });

  it('types the import body: an array of IngredientWrite, or CSV text', () => {
    const content = contract.paths['/v1/ingredients/import']?.post?.requestBody?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(['application/json', 'text/csv']);
    const body = contract.components.schemas.IngredientImport as { anyOf: Record<string, unknown>[] };
    expect(body.anyOf[0]).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/IngredientWrite' },
    });
    expect(body.anyOf[1]).toMatchObject({ type: 'string' });
  });

  it('still names every bad import row by number when the JSON rows are wrong', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/ingredients/import',
      payload: [MALIC_ACID, { ...MALIC_ACID, slug: 'Bad Slug' }],
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ row: 2, path: '/slug' })]);
  });

  it('gives every problem status its own example, of its own status and type', () => {
    for (const { path, method, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^[45]/.test(status)) continue;
        const example = response.content?.['application/problem+json']?.example;
        expect(example, `${method} ${path} ${status}`).toBeDefined();
        expect(example?.status, `${method} ${path} ${status}`).toBe(Number(status));
        expect(example?.type, `${method} ${path} ${status}`).toMatch(/^\/problems\/[a-z-]+$/);
        if (status === '400') expect(example?.errors?.length).toBeGreaterThan(0);
        else expect(example?.errors).toBeUndefined();
      }
    }
  });

  it('declares the rate-limit headers on every /v1 answer, Retry-After on 429, and 405 with Allow', () => {
    expect(Object.keys(contract.components.headers).sort()).toEqual(
      [
        'RateLimit-Limit',
        'RateLimit-Remaining',
        'RateLimit-Reset',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
      ].sort(),
    );
    for (const { path, method, operation } of v1) {
      const where = `${method} ${path}`;
      for (const response of Object.values(operation.responses)) {
        expect(Object.keys(response.headers ?? {}), where).toEqual(
          expect.arrayContaining([
            'RateLimit-Limit',
            'RateLimit-Remaining',
            'RateLimit-Reset',
            'X-RateLimit-Limit',
          ]),
        );
      }
      expect(Object.keys(operation.responses['429']?.headers ?? {}), where).toContain('Retry-After');
      expect(Object.keys(operation.responses['405']?.headers ?? {}), where).toContain('Allow');
    }
  });

  it('sends the headers it declares: RateLimit-* and X-RateLimit-* on /v1, Retry-After on a 429', async () => {
    const { buildApp } = await import('../../src/app.js');
    const limited = await buildApp({ db: t.db, rateLimitMax: 2 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await limited.inject('/v1/rules'));
    await limited.close();
    for (const name of [
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ]) {
      expect(answers[0]?.headers[name], name).toBeDefined();
    }
    expect(answers[2]?.statusCode).toBe(429);
    expect(answers[2]?.headers['retry-after']).toBeDefined();
    expect(answers[2]?.json().type).toBe('/problems/too-many-requests');
  });
});

describe('problem type pages', () => {
  it('serves a page for every problem type', async () => {
    for (const name of Object.keys(PROBLEM_TYPES)) {
      const response = await t.app.inject(`/problems/${name}`);
      expect(response.statusCode, name).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain(PROBLEM_TYPES[name as keyof typeof PROBLEM_TYPES].title);
    }
    expect((await t.app.inject('/problems/no-such-problem')).statusCode).toBe(404);
  });

  it('resolves the type of every problem the API emits to a 200 page', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const emitted = [
      await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: { skinType: 'oily' } }),
      await t.app.inject({ method: 'GET', url: '/healthz%' }),
      await t.app.inject({ method: 'POST', url: '/v1/ingredients', payload: MALIC_ACID }),
      await t.app.inject({
        method: 'POST',
        url: '/v1/ingredients',
        payload: MALIC_ACID,
        headers: { authorization: 'Bearer nope' },
      }),
      await t.app.inject({ url: '/v1/audit', headers: auth }),
      await t.app.inject('/v1/rules/none'),
      await t.app.inject({ method: 'PATCH', url: '/v1/rules' }),
      await t.app.inject({
        method: 'POST',
        url: '/v1/ingredients',
        payload: { ...MALIC_ACID, slug: 'retinol' },
        headers: auth,
      }),
      await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        payload: JSON.stringify({ skinType: 'dry', concerns: ['dryness'], avoid: Array(70_000).fill('x') }),
        headers: { 'content-type': 'application/json' },
      }),
      await t.app.inject({
        method: 'POST',
        url: '/v1/recommendations',
        payload: '<x/>',
        headers: { 'content-type': 'application/xml' },
      }),
    ];
    const statuses = emitted.map((response) => response.statusCode);
    expect(statuses).toEqual([400, 400, 401, 401, 403, 404, 405, 409, 413, 415]);
    for (const response of emitted) {
      const type = response.json().type as string;
      expect(type).toMatch(/^\/problems\//);
      const page = await t.app.inject(type);
      expect(page.statusCode, type).toBe(200);
    }
  });
});
