import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup-browser-api.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest's default leaves one core free: one worker on a 2-core machine. The happy-dom corpus
    // file alone takes over half a minute, so the rest runs beside it on every core.
    maxWorkers: availableParallelism(),
  },
});
