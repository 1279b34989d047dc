import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('problem+json for every failure', () => {
  it('answers an unknown route with 404 problem+json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: '/problems/not-found', title: 'Not Found', status: 404 });
  });

  it('answers a malformed URL with 400 problem+json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz%' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each([
    ['DELETE', '/healthz', 'GET, HEAD'],
    ['POST', '/v1/ingredients/retinol', 'GET, HEAD'],
    ['PATCH', '/readyz', 'GET, HEAD'],
  ])('answers %s %s with 405 and an Allow header', async (method, url, allow) => {
    const response = await t.app.inject({ method: method as 'DELETE', url });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toContain(allow.split(', ')[0]);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().status).toBe(405);
  });

  it('hides internals of an unexpected error and gives a request id to quote', async () => {
    const database = t.db.$client;
    // Break the database under a live app: the catalogue read now throws.
    database.exec('ALTER TABLE catalogue_meta RENAME TO catalogue_meta_gone');
    try {
      const response = await t.app.inject({ method: 'GET', url: '/v1/ingredients' });
      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body).toMatchObject({
        status: 500,
        title: 'Internal Server Error',
        requestId: expect.any(String),
      });
      expect(response.body).not.toMatch(/catalogue_meta|sqlite|at .*\.ts|\/work\//i);
    } finally {
      database.exec('ALTER TABLE catalogue_meta_gone RENAME TO catalogue_meta');
    }
  });
  it('names the bad fields of every part at once: the query and the body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations?explain=maybe',
      payload: { skinType: 'greasy', concerns: [] },
    });
    expect(response.statusCode).toBe(400);
    const errors = response.json().errors as { path: string; in: string }[];
    expect(errors).toContainEqual(expect.objectContaining({ path: '/explain', in: 'query' }));
    expect(errors).toContainEqual(expect.objectContaining({ path: '/skinType', in: 'body' }));
    expect(errors).toContainEqual(expect.objectContaining({ path: '/concerns', in: 'body' }));
  });
});
