import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { humectantRow } from '../helpers/ingredient-fixtures.js';
import { createTestDatabase, FIXED_NOW, type TestDatabase } from '../helpers/test-app.js';

let open: { app: FastifyInstance; database: TestDatabase }[] = [];
afterEach(async () => {
  for (const { app, database } of open) {
    await app.close();
    database.cleanup();
  }
  open = [];
});

async function appWith(
  options: {
    corsOrigins?: '*' | string[];
    rateLimitMax?: number;
    loadShedding?: { maxEventLoopDelay: number; sampleInterval: number };
  } = {},
) {
  const database = createTestDatabase();
  const app = await buildApp({ db: database.db, now: () => FIXED_NOW, ...options });
  await app.ready();
  open.push({ app, database });
  return { app, database };
}

describe('security headers', () => {
  it.each([
    ['a JSON answer', '/v1/ingredients/retinol'],
    ['a problem', '/v1/ingredients/nothing'],
    ['health', '/healthz'],
  ])('are on %s', async (_name, url) => {
    const { app } = await appWith();
    const response = await app.inject(url);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['content-security-policy']).toBeDefined();
  });

  it.each([
    ['a malformed URL', '/healthz%'],
    ['an undecodable slug', '/v1/ingredients/%ff'],
    ['a slug past the router limit', `/v1/ingredients/${'a'.repeat(300)}`],
  ])('are on the problem for %s, answered before any hook', async (_name, url) => {
    const { app } = await appWith();
    const response = await app.inject(url);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
  });

  it('are on the problem+json 431 Node answers for oversized headers, over a real socket', async () => {
    const { app } = await appWith();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(head).toMatch(/x-content-type-options: nosniff/i);
    expect(JSON.parse(body!)).toMatchObject({
      type: '/problems/request-header-fields-too-large',
      status: 431,
    });
  });

  it('are the dozen helmet sets, with the same values on every answer', async () => {
    const { app } = await appWith();
    const expected = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';" +
        "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    for (const url of ['/v1/ingredients/retinol', '/v1/ingredients/retinol', '/nowhere']) {
      const { headers } = await app.inject(url);
      expect(Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name]]))).toEqual(
        expected,
      );
    }
  });

  it('keep a CSP for /docs without upgrade-insecure-requests, which blanks the page over plain HTTP', async () => {
    const { app } = await appWith();
    const csp = String((await app.inject('/docs')).headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});

describe('CORS', () => {
  it('lets any origin read and ask for recommendations by default', async () => {
    const { app } = await appWith();
    const response = await app.inject({ url: '/v1/rules', headers: { origin: 'https://shop.example' } });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/recommendations',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
  });

  it('allows only the listed origins when CORS_ORIGINS restricts it', async () => {
    const { app } = await appWith({ corsOrigins: ['https://app.example'] });
    const allowed = await app.inject({ url: '/v1/rules', headers: { origin: 'https://app.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
    const other = await app.inject({ url: '/v1/rules', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limiting', () => {
  it('answers 429 problem+json with Retry-After past the limit, with RateLimit and X-RateLimit headers', async () => {
    const { app } = await appWith({ rateLimitMax: 3 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await app.inject('/v1/rules'));
    expect(answers.slice(0, 3).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(answers[0]!.headers['ratelimit-limit']).toBe('3');
    expect(answers[0]!.headers['x-ratelimit-limit']).toBe('3');
    expect(answers[1]!.headers['x-ratelimit-remaining']).toBe('1');
    const limited = answers[3]!;
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
  });

  it('counts each client apart, IPv6 clients by their /64, and opens a fresh window after the minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-04T10:00:00Z') });
    try {
      const { app } = await appWith({ rateLimitMax: 2 });
      const from = (remoteAddress: string) => app.inject({ url: '/v1/rules', remoteAddress });
      expect((await from('2001:db8:1:2::10')).headers['ratelimit-remaining']).toBe('1');
      // Same /64, another host: the same client.
      expect((await from('2001:db8:1:2::99')).headers['ratelimit-remaining']).toBe('0');
      const limited = await from('2001:db8:1:2:aaaa::1');
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBe('60');
      expect(limited.json().detail).toBe(
        'More than 2 requests a minute from this client; retry in 1 minute.',
      );
      // Another /64 and an IPv4 client have their own budgets.
      expect((await from('2001:db8:1:3::10')).statusCode).toBe(200);
      expect((await from('192.0.2.7')).headers['ratelimit-remaining']).toBe('1');

      vi.setSystemTime(Date.parse('2026-12-04T10:00:45Z'));
      const later = await from('2001:db8:1:2::10');
      expect(later.statusCode).toBe(429);
      expect(later.headers['ratelimit-reset']).toBe('15');
      expect(later.json().detail).toBe(
        'More than 2 requests a minute from this client; retry in 15 seconds.',
      );

      vi.setSystemTime(Date.parse('2026-12-04T10:01:00Z'));
      const fresh = await from('2001:db8:1:2::10');
      expect(fresh.statusCode).toBe(200);
      expect(fresh.headers['ratelimit-remaining']).toBe('1');
      expect(fresh.headers['x-ratelimit-reset']).toBe('60');
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts failed authentication per client as the rate limit does: an IPv6 client by its /64', async () => {
    const { app } = await appWith();
    const statuses: number[] = [];
    for (let host = 1; host <= 11; host++) {
      const answer = await app.inject({
        url: '/v1/audit',
        headers: { authorization: 'Bearer wrong' },
        remoteAddress: `2001:db8:7:7::${host.toString(16)}`,
      });
      statuses.push(answer.statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('never limits health checks', async () => {
    const { app } = await appWith({ rateLimitMax: 1 });
    for (let i = 0; i < 5; i++) expect((await app.inject('/healthz')).statusCode).toBe(200);
  });

  it('is off with RATE_LIMIT_MAX=0', async () => {
    const { app } = await appWith({ rateLimitMax: 0 });
    for (let i = 0; i < 5; i++) {
      const response = await app.inject('/v1/rules');
      expect(response.statusCode).toBe(200);
      expect(response.headers['ratelimit-limit']).toBeUndefined();
    }
  });

  it('limits failed authentication more strictly, without locking out reads', async () => {
    const { app, database } = await appWith();
    const token = new ApiKeyRepository(database.db).create('staff', ['audit:read'], FIXED_NOW.toISOString());
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await app.inject({ url: '/v1/audit', headers: { authorization: 'Bearer wrong' } })).statusCode,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const good = await app.inject({ url: '/v1/audit', headers: { authorization: `Bearer ${token}` } });
    expect(good.statusCode).toBe(429);
    expect(Number(good.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject('/v1/rules')).statusCode).toBe(200);
  });
});

describe('body limits and content types', () => {
  it('answers a JSON body over 64 KiB with 413 problem+json', async () => {
    const { app } = await appWith();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { skinType: 'dry', concerns: ['dryness'], notes: 'x'.repeat(70 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('lets an import be larger than 64 KiB', async () => {
    const { app, database } = await appWith();
    const token = new ApiKeyRepository(database.db).create(
      'importer',
      ['catalogue:write'],
      FIXED_NOW.toISOString(),
    );
    const rows = Array.from({ length: 400 }, (_, i) =>
      humectantRow(`big-${i}`, { name: `Big ${i}`, notes: 'n'.repeat(200) }),
    );
    const payload = JSON.stringify(rows);
    expect(payload.length).toBeGreaterThan(64 * 1024);
    const response = await app.inject({
      method: 'POST',
      url: '/v1/ingredients/import?dryRun=true',
      payload,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
  });

  it('answers CSV sent anywhere but the import with 415', async () => {
    const { app } = await appWith();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: 'skinType\ndry',
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.statusCode).toBe(415);
  });
});

describe('load shedding', () => {
  it('answers 503 problem+json with Retry-After while the event loop lags, and recovers', async () => {
    const { app } = await appWith({ loadShedding: { maxEventLoopDelay: 50, sampleInterval: 100 } });
    expect((await app.inject('/v1/rules')).statusCode).toBe(200);
    const until = performance.now() + 600;
    while (performance.now() < until) {
      // Block the event loop, as a runaway computation would.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    const shed = await app.inject('/v1/rules');
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(shed.headers['retry-after']).toBe('5');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await app.inject('/v1/rules')).statusCode).toBe(200);
  });
});
