import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Firefox specs run under playwright.firefox.config.ts (puppeteer-core inside the fixtures).
  testIgnore: 'firefox/**',
  // Each test starts its own Chromium; two at a time fits a 2-core machine.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One retry absorbs a rare scheduling hiccup on a loaded 2-core machine; Playwright reports any
  // test that needed it as "flaky", so it stays visible.
  retries: 1,

  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './e2e/support/global-setup.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
});
