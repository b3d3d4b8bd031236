import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The property suites run a fixed number of cases (numRuns), not "as many as fit in the time";
    // on a loaded 2-core machine (turbo runs every package's tests at once) one such suite can take
    // many times its idle duration. A generous limit keeps the result independent of machine load
    // while a real hang still fails.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
