import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FILES } from '../../src/page/page-routes.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET / and its files', () => {
  it('serves the page as HTML under the strict CSP: no inline script or style, modules from the same origin', async () => {
    const response = await t.app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const html = response.body;
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/);
    expect(html).toContain('<script type="module" src="/page/app.js"></script>');
  });

  it('serves every file the page and its modules refer to, with its content type', async () => {
    const referenced = new Set<string>();
    for (const path of Object.keys(PAGE_FILES)) {
      const response = await t.app.inject(path);
      expect(response.statusCode, path).toBe(200);
      const type = String(response.headers['content-type']);
      if (path.endsWith('.js')) expect(type).toBe('text/javascript; charset=utf-8');
      if (path.endsWith('.css')) expect(type).toBe('text/css; charset=utf-8');
      for (const match of response.body.matchAll(/(?:src|href)="(\/[^"]*)"|from '\.\/([^']+)'/g)) {
        referenced.add(match[1] ?? `/page/${match[2]}`);
      }
    }
    expect(referenced.size).toBeGreaterThanOrEqual(4);
    for (const path of referenced) expect(Object.keys(PAGE_FILES), path).toContain(path);
  });

  it('answers 304 to a browser that holds the current version', async () => {
    const first = await t.app.inject('/page/app.js');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    const again = await t.app.inject({ url: '/page/app.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await t.app.inject({ url: '/', headers: { 'if-none-match': etag } });
    expect(other.statusCode).toBe(200);
  });

  it('serves nothing else under /page', async () => {
    const response = await t.app.inject('/page/../package.json');
    expect(response.statusCode).toBe(404);
    expect((await t.app.inject('/page/server.js')).statusCode).toBe(404);
  });
});
