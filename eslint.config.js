import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of `src/` (docs/design.md), each importing only those before it:
 * model → catalog → domain → platform → entry points (background, content, popup, pages), and
 * entry points never import each other. Only platform touches browser APIs.
 */
const LAYERS = ['model', 'catalog', 'domain', 'platform'];
const ENTRY_POINTS = ['background', 'content', 'popup', 'pages'];
/** Presentation shared by the extension pages (theme, document set-up); no logic. */
const EXTENSION_PAGES = ['popup', 'pages'];
const may = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'release/',
      'bench/.build/',
      'reports/',
      '.stryker-tmp/',
      // Broken on purpose: tests/lint/layers.test.ts lints it and expects the layer error.
      'tests/lint-fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Passwords must never reach a log: no console in product code at all.
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/lint-fixtures/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        ...[...LAYERS, 'ui', ...ENTRY_POINTS].map((type) => ({
          type,
          pattern: `src/${type}/**`,
          partialMatch: false,
        })),
        // The lint test's fixture plays a domain file that reaches up a layer.
        { type: 'domain', pattern: 'tests/lint-fixtures/domain/**', partialMatch: false },
      ],
      'boundaries/include': ['src/**/*', 'tests/lint-fixtures/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            may('model', ['model']),
            may('catalog', ['model', 'catalog']),
            may('domain', ['model', 'catalog', 'domain']),
            may('platform', ['model', 'catalog', 'domain', 'platform']),
            may('ui', ['ui']),
            ...ENTRY_POINTS.map((entry) =>
              may(entry, [...LAYERS, ...(EXTENSION_PAGES.includes(entry) ? ['ui'] : []), entry]),
            ),
            { allow: { to: { module: { origin: 'external' } } } },
          ],
        },
      ],
      // Only platform reaches the browser's APIs (types may be named anywhere).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              allowTypeImports: true,
              message: 'Browser APIs go through src/platform/ (design.md, layers).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Browser APIs go through src/platform/ (design.md, layers).' },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The two scripts injected into pages use chrome.* directly to stay within their size budget.
    files: ['src/platform/**', 'src/content/frame-host.ts', 'src/content/watch-main.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['e2e/**', 'tests/**', 'bench/**', 'scripts/**', '*.config.*'],
    languageOptions: {
      globals: { Buffer: 'readonly', URL: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: { 'no-console': 'off' },
  },
);
