import { defineConfig } from '@playwright/test';

// Benchmarks run one at a time on a quiet machine; never part of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 240_000,
  reporter: [['list']],
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  outputDir: '../test-results/bench',
});
