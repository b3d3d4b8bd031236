import { defineConfig } from 'vitest/config';

// The repository's own tests: what a newcomer runs from the README, and the packages as a stranger
// installs them. They run after every package's tests (`npm test`), on the built tree, one file at
// a time: each spawns npm, servers or Chromium and would only slow the others down.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
