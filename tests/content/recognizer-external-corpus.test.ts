// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../src/model/page-kinds';
import { externalPages } from '../../e2e/support/external-corpus';
import { formatScoreTable, scoreByKind } from '../../e2e/support/precision-recall';
import { accuracy, outcomesOf } from './support/external-corpus-happy-dom';

describe('recognizer on the external corpus at a neutral URL (DOM level, happy-dom)', () => {
  // A regression floor just under what the shipped weights reach today (0.92). The tuning half is
  // read in two shards (recognizer-external-tuning-*.test.ts: 0.89 and 0.82, 0.85 together, with
  // the pages added after the fit, among them 200 in Simplified Chinese and Portuguese, an eighth
  // batch of 100, a ninth of 123 payout-heavy pages, a tenth of 85 mostly Japanese ones and an
  // eleventh of 175 account-settings pages that read 0.69 blind). The goal (0.95 exact, recall 0.9
  // per kind, in Chromium) lives in e2e/recognizer-corpus.spec.ts.
  const FLOOR = 0.91;
  it(`test half: exact accuracy ≥ ${FLOOR} (per-kind table printed)`, () => {
    const results = outcomesOf(externalPages('test'));
    console.log(
      formatScoreTable(
        `External test half (happy-dom), accuracy ${accuracy(results).toFixed(2)}`,
        scoreByKind(results, PAGE_KINDS),
      ),
    );
    // Per-page misses are not printed: whoever tunes the recognizer must not see them.
    expect(accuracy(results)).toBeGreaterThanOrEqual(FLOOR);
  }, 120_000);
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
