import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests run the built command line (dist/bin.js) as a child process: build it first.
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
