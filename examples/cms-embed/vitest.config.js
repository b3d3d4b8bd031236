import { defineConfig } from 'vitest/config';

// Node tests: the real server as it runs, driven by Debian's chromium through playwright.
export default defineConfig({
  test: { include: ['test/**/*.test.js'], testTimeout: 300_000, hookTimeout: 300_000 },
});
