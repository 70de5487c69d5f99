// Mutation testing of the security-critical code: `npm run mutate` (not part of `npm test`).
// Report: reports/mutation/. Scores and surviving mutants are explained in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    configFile: 'vitest.config.ts',
  },
  mutate: [
    'src/content/user-typed-value.ts',
    'src/content/field-provenance.ts',
    'src/content/commit-watcher.ts',
    'src/content/field-scan.ts',
    'src/content/human-visible.ts',
    'src/background/sender-check.ts',
    'src/background/router.ts',
    'src/background/settled-page-kind.ts',
    'src/background/range-parser.ts',
    'src/pages/options/backup.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: {
    fileName: 'reports/mutation/index.html',
  },
  jsonReporter: {
    fileName: 'reports/mutation/mutation.json',
  },
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: {
    high: 95,
    low: 90,
    break: null,
  },
  ignoreStatic: true,
};
