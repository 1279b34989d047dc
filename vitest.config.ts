import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ['tests/browser/**', 'node_modules/**'],
    // Every response a test injects is proved against openapi.yaml; the total is reported at the end.
    setupFiles: ['tests/helpers/contract-setup.ts'],
    globalSetup: ['tests/helpers/contract-global.ts'],
    testTimeout: 120_000,
    hookTimeout: 30_000,
  },
});
