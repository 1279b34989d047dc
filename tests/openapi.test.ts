import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

const checkedIn = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');

describe('the published contract', () => {
  it('serves /openapi.yaml identical to the checked-in openapi.yaml', async () => {
    const response = await t.app.inject('/openapi.yaml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/yaml/);
    expect(response.body).toBe(checkedIn);
  });

  it('serves /openapi.json with the same document', async () => {
    const response = await t.app.inject('/openapi.json');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(parse(checkedIn));
    expect(response.json().openapi).toBe('3.1.0');
  });

  it('names its server relatively, so /docs "Try it out" calls whatever origin serves it', () => {
    const document = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
      servers: { url: string }[];
    };
    expect(document.servers.map((server) => server.url)).toEqual(['/']);
  });

  it('serves interactive documentation at /docs', async () => {
    const response = await t.app.inject('/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger');
  });

  it('documents every /v1 route it serves', () => {
    const paths = Object.keys(parse(checkedIn).paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/v1/ingredients', '/v1/ingredients/{slug}', '/healthz', '/readyz']),
    );
  });
});
