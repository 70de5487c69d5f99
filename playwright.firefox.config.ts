import { defineConfig } from '@playwright/test';

/** The Firefox subset (`npm run test:firefox`): puppeteer-core drives the system Firefox over BiDi. */
export default defineConfig({
  testDir: 'e2e/firefox',
  testMatch: '**/*.spec.ts',
  // Two Firefoxes at a time: each worker has its own loopback world and proxy, each test its own
  // Firefox, and most of a test is waiting (1.3–1.5 min against 2.2 with one worker, on 2 cores).
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 1,
  reporter: [['list']],
  outputDir: 'test-results/firefox',
  globalSetup: './e2e/support/global-setup.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
});
