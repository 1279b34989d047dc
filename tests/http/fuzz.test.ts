import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

// `npm run fuzz` sets FUZZ_RUNS for a long run; `npm test` runs a fixed-seed 5,000.
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

let t: TestApp;
let token: string;
beforeAll(async () => {
  // Rate limiting off: the fuzzer is here to reach the handlers (429s have their own tests).
  t = await createTestApp({ rateLimitMax: 0 });
  token = new ApiKeyRepository(t.db).create(
    'fuzzer',
    ['catalogue:write', 'audit:read'],
    FIXED_NOW.toISOString(),
  );
});
afterAll(async () => {
  await t.close();
});

const PATHS = [
  '/v1/recommendations',
  '/v1/ingredients',
  '/v1/ingredients/retinol',
  '/v1/ingredients/import',
  '/v1/rules',
  '/v1/rules/retinoid.ramp',
  '/v1/reference/inci',
  '/v1/audit',
  '/healthz',
  '/readyz',
  '/openapi.json',
];

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '../../etc/passwd',
    "' OR 1=1 --",
    '%00',
    '\u0000',
    '🧴',
  ),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.constantFrom('x'.repeat(100_000)),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0),
);
const deep = fc.integer({ min: 10, max: 3000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));
const protoJson = fc.constantFrom(
  '{"__proto__":{"admin":true},"skinType":"dry","concerns":["dryness"]}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"skinType":"dry","concerns":["dryness"],"lifestyle":{"__proto__":{"smoker":true}}}',
);
const profileLike = fc.record(
  {
    skinType: fc.oneof(fc.constantFrom('dry', 'oily', 'normal', 'combination'), hostileString),
    concerns: fc.oneof(
      fc.array(fc.oneof(fc.constantFrom('firmness', 'dryness', 'pores'), hostileString)),
      hostileString,
    ),
    sensitive: fc.oneof(fc.boolean(), hostileString),
    retinoidWeeks: fc.oneof(hostileNumber, hostileString),
    weeks: fc.oneof(hostileNumber, fc.integer({ min: 1, max: 52 })),
    startDate: fc.oneof(fc.constantFrom('2026-12-01', '2026-02-30', '9999-99-99'), hostileString),
    avoid: fc.oneof(fc.array(hostileString), hostileNumber),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  profileLike.map((value) => JSON.stringify(value)),
  deep,
  protoJson,
  hostileString,
  fc.constant(''),
);
const query = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('q', 'limit', 'cursor', 'class', 'concern', 'dryRun'),
        fc.string({ maxLength: 8 }),
      ),
      fc.oneof(hostileString, hostileNumber.map(String), fc.constantFrom('-1', '0', '101', 'Zm9v', 'true')),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  path: fc.oneof(
    fc.constantFrom(...PATHS),
    fc.string({ maxLength: 40 }).map((segment) => `/v1/ingredients/${encodeURIComponent(segment)}`),
    fc.string({ maxLength: 40 }).map((segment) => `/v1/${encodeURIComponent(segment)}`),
  ),
  query,
  body: fc.option(body, { nil: undefined }),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/csv',
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    '',
  ),
  auth: fc.constantFrom('none', 'valid', 'garbage', 'bearer-garbage'),
});

const LEAKS = /at \S+ \(|\.ts:\d+|node_modules|\/work\/|SQLITE|sqlite_|SELECT |INSERT |stack/i;

describe('hostile requests', () => {
  it(`never get a 5xx, always get problem+json errors, and leak nothing (${RUNS} requests)`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.auth === 'valid') headers.authorization = `Bearer ${token}`;
        if (r.auth === 'garbage') headers.authorization = 'Basic Zm9vOmJhcg==';
        if (r.auth === 'bearer-garbage') headers.authorization = 'Bearer rgm_0123456789abcdef_x';
        const options: InjectOptions = {
          method: r.method as InjectOptions['method'],
          url: r.query ? `${r.path}?${r.query}` : r.path,
          headers,
          ...(r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD' ? { payload: r.body } : {}),
        };
        const response = await t.app.inject(options);
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode >= 500)
          throw new Error(
            `${r.method} ${options.url} → ${response.statusCode}: ${response.body.slice(0, 300)}`,
          );
        if (response.statusCode >= 400) {
          if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
            throw new Error(
              `${r.method} ${options.url} → ${response.statusCode} as ${response.headers['content-type']}`,
            );
          }
          if (LEAKS.test(response.body)) throw new Error(`leak in ${response.body.slice(0, 300)}`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Every answer class a real client could cause was seen, not just 404s.
    expect([...statuses.keys()].filter((status) => status >= 400).length).toBeGreaterThanOrEqual(5);
    console.info(
      `fuzz: ${RUNS} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
  }, 600_000);
});
