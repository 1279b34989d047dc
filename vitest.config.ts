import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Every response a test injects is proved against openapi.yaml; the total is reported at the end.
    setupFiles: ['tests/helpers/contract-setup.ts'],
    globalSetup: ['tests/helpers/contract-global.ts'],
    testTimeout: 120_000,
    hookTimeout: 30_000,
  },
});
