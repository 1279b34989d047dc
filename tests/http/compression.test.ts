import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const profile = (weeks: number) => ({
  skinType: 'dry',
  concerns: ['firmness', 'dryness'],
  avoid: ['glycolic-acid'],
  startDate: '2026-12-01',
  weeks,
});

const recommend = (weeks: number, acceptEncoding?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/recommendations',
    payload: profile(weeks),
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('response compression', () => {
  it('sends a 52-week recommendation as brotli that decodes to the same JSON', async () => {
    const plain = await recommend(52);
    const compressed = await recommend(52, 'br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.headers['content-type']).toMatch(/^application\/json/);
    const decoded = brotliDecompressSync(compressed.rawPayload).toString('utf8');
    expect(decoded).toBe(plain.body);
    // 90 KB of JSON in about 3 KB.
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 10);
  });

  it('prefers brotli, and uses gzip when only gzip is accepted', async () => {
    expect((await recommend(12, 'gzip, deflate, br')).headers['content-encoding']).toBe('br');
    const gzipped = await recommend(12, 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toEqual((await recommend(12)).json());
  });

  it('compresses the contract at /openapi.json', async () => {
    const response = await t.app.inject({ url: '/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString('utf8')).openapi).toBe('3.1.0');
  });

  it('compresses the contract at /openapi.yaml too, and the calendar file', async () => {
    const plain = await t.app.inject('/openapi.yaml');
    const response = await t.app.inject({ url: '/openapi.yaml', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(plain.body);
    const ics = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: profile(12),
      headers: { accept: 'text/calendar', 'accept-encoding': 'br' },
    });
    expect(ics.headers['content-encoding']).toBe('br');
  });

  it('leaves answers under 1 KiB as they are', async () => {
    const health = await t.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.rawPayload.length).toBeLessThan(1024);
    expect(health.headers['content-encoding']).toBeUndefined();
    const problem = await t.app.inject({ url: '/v1/rules/nope', headers: { 'accept-encoding': 'br, gzip' } });
    expect(problem.statusCode).toBe(404);
    expect(problem.headers['content-encoding']).toBeUndefined();
  });

  it('weakens the ETag of a compressed list, and a weak match still answers 304', async () => {
    const first = await t.app.inject({
      url: '/v1/ingredients?limit=50',
      headers: { 'accept-encoding': 'br' },
    });
    expect(first.headers['content-encoding']).toBe('br');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await t.app.inject({
      url: '/v1/ingredients?limit=50',
      headers: { 'accept-encoding': 'br', 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    // The 304 carries the Vary of its 200, so a cache keys it the same way (RFC 9110 15.4.5).
    expect(again.headers.vary).toMatch(/accept-encoding/i);
  });

  it('does not inflate compressed request bodies', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: profile(1),
      headers: { 'content-encoding': 'gzip' },
    });
    // The body is taken as sent (plain JSON here), not run through an inflater.
    expect(response.statusCode).toBe(200);
  });
});
