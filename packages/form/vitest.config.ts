import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '@nianbao/chromium';

export const chromium = playwright({ launchOptions: chromiumLaunchOptions });

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous, as in the other packages: turbo runs every package's tests at once on a small
    // machine, where a case can take many times its idle duration; a hang still fails.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    browser: {
      enabled: true,
      headless: true,
      provider: chromium,
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
      // Chromium starting on a loaded machine can take longer than the default minute.
      connectTimeout: 300_000,
    },
  },
});
