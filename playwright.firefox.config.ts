import { defineConfig } from '@playwright/test';

/** The Firefox subset (`npm run test:firefox`): puppeteer-core drives the system Firefox over BiDi. */
export default defineConfig({
  testDir: 'e2e/firefox',
  testMatch: '**/*.spec.ts',
  // One Firefox at a time: each test starts its own, and the machine has 2 cores.
  // Each worker has its own loopback world and proxy, and each test its own Firefox.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 1,
  reporter: [['list']],
  outputDir: 'test-results/firefox',
  globalSetup: './e2e/support/global-setup.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
});
