import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

describe('layers (eslint-plugin-boundaries in npm run lint)', () => {
  it('refuses a domain module that imports platform', async () => {
    // The fixture is ignored by `npm run lint` (it is broken on purpose); lint it here directly.
    const eslint = new ESLint({ ignore: false });
    const [result] = await eslint.lintFiles(['tests/lint-fixtures/domain/reaches-up.ts']);
    expect(result?.messages.map((message) => message.ruleId)).toContain('boundaries/dependencies');
  });

  it('passes the real tree', async () => {
    const eslint = new ESLint();
    const results = await eslint.lintFiles(['src/']);
    const layerErrors = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === 'boundaries/dependencies')
        .map((message) => `${result.filePath}:${message.line} ${message.message}`),
    );
    expect(layerErrors).toEqual([]);
  });
});
