import { defineConfig } from '@playwright/test';

/**
 * The web application in a real browser: Debian's Chromium (no browser download on this network),
 * against the built service and worker on a fresh database (global-setup.ts).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.web-spec.ts',
  outputDir: '../../test-results/web',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  workers: 1,
  // Stories of several pages, each checked by axe at two sizes, on a shared and sometimes busy machine.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
