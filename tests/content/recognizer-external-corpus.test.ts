// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizePage } from '../../src/content/recognizer';
import { PAGE_KINDS } from '../../src/model/page-kinds';
import { EXTERNAL_CORPUS_DIR, externalPages, type ExternalPage } from '../../e2e/support/external-corpus';
import { formatScoreTable, scoreByKind, type Outcome } from '../../e2e/support/precision-recall';

function classify(page: ExternalPage): string | null {
  const happyWindow = window as unknown as { happyDOM: { setURL(url: string): void } };
  happyWindow.happyDOM.setURL('https://fril.jp/x-corpus/page');
  const html = readFileSync(join(EXTERNAL_CORPUS_DIR, page.file), 'utf8').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
  document.title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  document.documentElement.innerHTML = html
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>[\s\S]*$/, '');
  return recognizePage(document).kind;
}

function outcomes(half: 'tuning' | 'test'): Outcome[] {
  return externalPages(half).map((page) => ({ url: page.file, expected: page.kind, actual: classify(page) }));
}

const accuracy = (list: Outcome[]) => list.filter((o) => o.expected === o.actual).length / list.length;

describe('recognizer on the external corpus at a neutral URL (DOM level, happy-dom)', () => {
  // Regression floors just under what the shipped weights reach today (tuning half 0.85 with the
  // pages added after the fit, among them 200 in Simplified Chinese and Portuguese, an eighth batch
  // of 100, a ninth of 123 payout-heavy pages, a tenth of 85 mostly Japanese ones and an eleventh of
  // 175 account-settings pages that read 0.69 blind; test 0.92); the goal (0.95 exact, recall 0.9
  // per kind, in Chromium) lives in e2e/recognizer-corpus.spec.ts.
  const FLOOR = { tuning: 0.84, test: 0.91 } as const;
  for (const half of ['tuning', 'test'] as const) {
    it(`${half} half: exact accuracy ≥ ${FLOOR[half]} (per-kind table printed)`, () => {
      const results = outcomes(half);
      const scores = scoreByKind(results, PAGE_KINDS);
      console.log(
        formatScoreTable(
          `External ${half} half (happy-dom), accuracy ${accuracy(results).toFixed(2)}`,
          scores,
        ),
      );
      // Per-page misses of the test half are not printed: whoever tunes the recognizer must not see them.
      if (half === 'tuning')
        console.log(
          'misclassified:',
          results.filter((o) => o.expected !== o.actual),
        );
      expect(accuracy(results)).toBeGreaterThanOrEqual(FLOOR[half]);
      // Over a thousand pages parsed one by one: longer than a unit test's usual 30 s on a slow machine.
    }, 120_000);
  }
});

describe('one-time codes', () => {
  it('are never password-checked, whatever their type (control: a plain password field is)', async () => {
    const { isCheckablePasswordField } = await import('../../src/content/field-scan');
    const { isOneTimeCodeField } = await import('../../src/content/one-time-code');
    document.body.innerHTML = `
      <label for="a">Verification code</label><input id="a" type="password">
      <input id="b" type="password" autocomplete="one-time-code">
      <input id="c" type="password" inputmode="numeric" maxlength="6">
      <label for="d">確認コード</label><input id="d" type="password">
      <label for="f">多要素認証トークン</label><input id="f" type="password">
      <label for="e">Password</label><input id="e" type="password" autocomplete="current-password">`;
    const field = (id: string) => document.getElementById(id) as HTMLInputElement;
    for (const id of ['a', 'b', 'c', 'd', 'f']) {
      expect(isOneTimeCodeField(field(id)), id).toBe(true);
      expect(isCheckablePasswordField(field(id)), id).toBe(false);
    }
    expect(isOneTimeCodeField(field('e'))).toBe(false);
    expect(isCheckablePasswordField(field('e'))).toBe(true);
  });
});
