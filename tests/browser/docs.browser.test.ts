import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

/**
 * A non-loopback IPv4 address of this machine when there is one: plain HTTP there is
 * where `upgrade-insecure-requests` used to blank the page (browsers treat loopback as
 * secure and never upgrade it).
 */
function nonLoopbackAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

let database: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  database = createTestDatabase();
  app = await buildApp({ db: database.db });
  const host = nonLoopbackAddress();
  // A random port: the docs must work on whatever origin serves them, not only 127.0.0.1:3000.
  await app.listen({ host, port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  origin = `http://${host}:${address.port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  database?.cleanup();
});

describe('/docs in headless Chromium', () => {
  it('runs "Try it out" on POST /v1/recommendations and shows a 200', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('console', (message) => {
      // Chromium also warns that COOP is ignored over plain HTTP; only blocked loads matter.
      if (message.type() === 'error' && /Refused|Content Security Policy|Failed to/.test(message.text()))
        failures.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));

    await page.goto(`${origin}/docs`);
    const operation = page.locator('#operations-recommendations-createRecommendation');
    await operation.locator('.opblock-summary').first().click();
    await operation.getByRole('button', { name: 'Try it out' }).click();

    const answered = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/v1/recommendations' && response.request().method() === 'POST',
    );
    await operation.getByRole('button', { name: 'Execute' }).click();
    expect((await answered).status()).toBe(200);

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await expect.poll(async () => (await status.textContent())?.trim()).toBe('200');
    expect(failures).toEqual([]);
    await context.close();
  });
});
