import { defineConfig } from 'vitest/config';
import { chromium } from './vitest.config.js';

/** Benchmarks run in the same real Chromium as the tests; they print and save figures, never assert timings. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    testTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      provider: chromium,
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
  },
});
