import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

let database: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  database = createTestDatabase();
  // Load shedding set aside as in createTestApp: on a busy machine a 503 would show as a console error.
  app = await buildApp({
    db: database.db,
    loadShedding: { maxEventLoopDelay: 60_000, sampleInterval: 60_000 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  origin = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  database?.cleanup();
});

/** Everything the browser reports as going wrong: console errors, uncaught exceptions, failed loads. */
function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
  return failures;
}

const isRecommendation = (url: string, method: string) =>
  new URL(url).pathname === '/v1/recommendations' && method === 'POST';

async function ingredientClass(slug: string): Promise<string> {
  const response = await fetch(`${origin}/v1/ingredients/${slug}`);
  return ((await response.json()) as { class: string }).class;
}

describe('the page at / in headless Chromium, phone-sized', () => {
  it('takes a profile, shows the routine and the plan by month, offers the calendar file, and switches language', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    const failures = watchFailures(page);
    await page.goto(`${origin}/`);

    // Every control is reached by its label.
    await page.getByLabel('Oily').check();
    await page.getByLabel('Firmness').check();
    await page.getByLabel('Texture').check();
    await page.getByLabel('Sensitive skin').check();
    await page.getByLabel('Pregnancy').selectOption('none');
    await page.getByLabel('Weeks already on a retinoid').fill('0');
    await page.getByLabel('Start date').fill('2026-12-01');
    await page.getByLabel('Weeks to plan').fill('6');

    const answered = page.waitForResponse((response) =>
      isRecommendation(response.url(), response.request().method()),
    );
    // Submitted from the keyboard.
    await page.getByRole('button', { name: 'Show my routine' }).focus();
    await page.keyboard.press('Enter');
    const response = await answered;
    expect(response.status()).toBe(200);
    const sent = response.request().postDataJSON() as Record<string, unknown>;
    expect(sent).toMatchObject({
      skinType: 'oily',
      sensitive: true,
      concerns: ['firmness', 'texture'],
      pregnancy: 'none',
      startDate: '2026-12-01',
      weeks: 6,
    });
    const answer = (await response.json()) as Recommendation;

    const heading = page.getByRole('heading', { name: 'Your routine' });
    await heading.waitFor();
    await expect.poll(() => page.evaluate('document.activeElement.id')).toBe('result-heading');

    // The routine: every step of each session, in order, with what it is and where it goes.
    const morning = page.locator('#am > li');
    const evening = page.locator('#pm > li');
    expect(await morning.count()).toBe(answer.routine.am.length);
    expect(await evening.count()).toBe(answer.routine.pm.length);
    await expect.poll(() => morning.first().textContent()).toContain('Cleanse');
    expect(await morning.last().textContent()).toContain('Sunscreen');
    const names = new Map(answer.ingredients.map((entry) => [entry.slug, entry.name]));
    const treatment = answer.routine.pm.find((step) => step.kind === 'treatment')!;
    const treatmentItem = evening.nth(treatment.order - 1);
    expect(await treatmentItem.textContent()).toContain(names.get(treatment.ingredients[0]!));
    expect(await treatmentItem.textContent()).toContain(treatment.strength!);
    expect(await treatmentItem.textContent()).toContain('Why');

    // The plan: a cell for each of the 42 days, in month grids, marked as the JSON says.
    const days = page.locator('td[data-date]');
    expect(await days.count()).toBe(42);
    expect(await page.locator('table.grid').count()).toBe(2); // December 2026 and January 2027
    const patchDates = answer.calendar.filter((day) => day.patch.length > 0).map((day) => day.date);
    expect(patchDates.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('td:has(.mark-patch)')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date'))),
    ).toEqual(patchDates);
    const classes = new Map<string, string>();
    for (const slug of answer.routine.pm.flatMap((step) =>
      step.kind === 'treatment' ? step.ingredients : [],
    ))
      classes.set(slug, await ingredientClass(slug));
    const nightsOf = (match: (value: string | undefined) => boolean) =>
      answer.calendar.filter((day) => day.pm.some((slug) => match(classes.get(slug)))).map((day) => day.date);
    const acidNights = nightsOf((value) => value === 'aha' || value === 'bha' || value === 'pha');
    const retinoidNights = nightsOf((value) => value === 'retinoid');
    expect(acidNights.length + retinoidNights.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('td:has(.mark-acid)')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date'))),
    ).toEqual(acidNights);
    expect(
      await page
        .locator('td:has(.mark-retinoid)')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date'))),
    ).toEqual(retinoidNights);
    expect(await page.locator('td[data-date]:has(.mark-am):has(.mark-pm)').count()).toBe(42);

    // The calendar file, fetched with Accept: text/calendar, behind a download link.
    const link = page.getByRole('link', { name: 'Download the calendar (.ics)' });
    await link.waitFor();
    expect(await link.getAttribute('download')).toBe('regimen.ics');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^blob:/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('regimen.ics');
    const file = readFileSync(await download.path(), 'utf8');
    expect(file.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(42 * 2 + patchDates.length);

    // Fits a phone: nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    // Another language: the page's labels change and the API is asked again in that language.
    const again = page.waitForRequest(
      (request) =>
        isRecommendation(request.url(), request.method()) && request.headers()['accept-language'] === 'fr',
    );
    await page.getByLabel('Language').selectOption('fr');
    await again;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Votre routine de soin');
    expect(await page.getByRole('button', { name: 'Voir ma routine' }).count()).toBe(1);
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr');
    await page.getByRole('link', { name: 'Télécharger le calendrier (.ics)' }).waitFor();
    expect(await page.locator('td[data-date]').count()).toBe(42);
    expect(await page.locator('table.grid thead th').first().textContent()).toBe('lun.');

    expect(failures).toEqual([]);
    await context.close();
  });

  it('says which field is wrong instead of failing silently', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures = watchFailures(page);
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Show my routine' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Pick between 1 and 5 concerns.');
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(failures).toEqual([]);
    await context.close();
  });
});
