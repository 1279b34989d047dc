import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: tests that drive Debian's Chromium (/usr/bin/chromium) through
 * playwright-core. Kept out of `npm test` so the main suite needs no browser; `.ci/run`
 * installs Chromium when missing and runs both.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
