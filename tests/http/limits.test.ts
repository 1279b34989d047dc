import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { humectantRow } from '../helpers/ingredient-fixtures.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

// The bounds openapi.yaml states (and Spectral's OWASP rules ask for) are the ones the
// server holds: past each, a 400 problem that names the field.
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  token = new ApiKeyRepository(t.db).create('limits', ['catalogue:write'], FIXED_NOW.toISOString());
});
afterAll(() => t.close());

const profile = { skinType: 'dry', concerns: ['dryness'] };

describe('request limits', () => {
  it.each([
    {
      what: 'an over-long string in a body (name > 200)',
      request: {
        method: 'POST' as const,
        url: '/v1/ingredients',
        payload: humectantRow('long-name', { name: 'x'.repeat(201) }),
        staff: true,
      },
      path: '/name',
    },
    {
      what: 'an over-long string in a query (q > 200)',
      request: { method: 'GET' as const, url: `/v1/ingredients?q=${'a'.repeat(201)}` },
      path: '/q',
    },
    {
      what: 'an over-long array (avoid > 100)',
      request: {
        method: 'POST' as const,
        url: '/v1/recommendations',
        payload: { ...profile, avoid: Array.from({ length: 101 }, (_, index) => `slug-${index}`) },
      },
      path: '/avoid',
    },
    {
      what: 'an out-of-range integer (weeks > 52)',
      request: { method: 'POST' as const, url: '/v1/recommendations', payload: { ...profile, weeks: 53 } },
      path: '/weeks',
    },
    {
      what: 'an out-of-range integer in a query (limit > 100)',
      request: { method: 'GET' as const, url: '/v1/ingredients?limit=101' },
      path: '/limit',
    },
  ])('$what gets a 400 naming the field', async ({ request, path }) => {
    const { staff, ...options } = request as typeof request & { staff?: boolean };
    const response = await t.app.inject({
      ...options,
      ...(staff ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain(path);
  });
});

describe('rate-limit headers', () => {
  it.each([
    ['a wrong method', 'PATCH', '/v1/ingredients', 405],
    ['an unknown /v1 path', 'GET', '/v1/nothing-here', 404],
  ])('%s under /v1 counts against the limit and carries its headers', async (_what, method, url, status) => {
    const response = await t.app.inject({ method: method as 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers['ratelimit-limit']).toBeDefined();
    expect(response.headers['x-ratelimit-limit']).toBe(response.headers['ratelimit-limit']);
  });

  it('health probes stay outside the limit', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['ratelimit-limit']).toBeUndefined();
  });
});
