// `npm run screenshot`: the page at / with a profile filled in, as docs/page.png for the README.
// Serves the app on an in-memory database seeded from seed/, and drives Debian's Chromium
// (/usr/bin/chromium) through playwright-core, as the browser tests do.
import { statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { seedCatalogue } from '../src/catalogue/catalogue-seed.js';
import { IngredientRepository } from '../src/catalogue/ingredient-repository.js';
import { migrateDatabase, openDatabase } from '../src/db/connection.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/chromium.js';

const OUTPUT = 'docs/page.png';
/** The README's image budget. */
const MAX_BYTES = 300 * 1024;

const db = openDatabase(':memory:');
migrateDatabase(db);
seedCatalogue(new IngredientRepository(db), new Date().toISOString());
const app = await buildApp({ db });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS, '--disable-lcd-text'],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1000, height: 800 },
    // Slightly below 1: small enough for the README's 300 KiB budget, text still readable.
    deviceScaleFactor: 0.8,
    locale: 'en-GB',
  });
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.getByLabel('Dry', { exact: true }).check();
  await page.getByLabel('Firmness').check();
  await page.getByLabel('Texture').check();
  await page.getByLabel('Start date').fill('2026-12-01');
  await page.getByLabel('Weeks to plan').fill('6');
  await page.getByRole('button', { name: 'Show my routine' }).click();
  await page.getByRole('link', { name: 'Download the calendar (.ics)' }).waitFor();
  await page.locator('#status').evaluate((node) => {
    node.textContent = '';
  });
  await page.screenshot({ path: OUTPUT, fullPage: true });
} finally {
  await browser.close();
  await app.close();
  db.$client.close();
}

const bytes = statSync(OUTPUT).size;
console.log(`wrote ${OUTPUT} (${Math.round(bytes / 1024)} KiB)`);
if (bytes > MAX_BYTES) {
  console.error(`${OUTPUT} is over ${MAX_BYTES / 1024} KiB`);
  process.exit(1);
}
