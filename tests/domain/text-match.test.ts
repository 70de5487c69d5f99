import { describe, expect, it } from 'vitest';
import { countClassWords, normalizeText } from '../../src/domain/recognition/text-match';

const words = (text: string, pageClass: Parameters<typeof countClassWords>[1]) =>
  countClassWords(normalizeText(text), pageClass);

describe('class words', () => {
  it('match Latin words whole and CJK words inside compounds', () => {
    expect(words('Add a new address', 'address')).toBe(1);
    expect(words('Sent to all addressees', 'address')).toBe(0);
    expect(words('パスワード変更のお手続き', 'password-change')).toBe(1);
  });

  it('blank out compounds that mean something else (control: the compound alone is signup)', () => {
    expect(words('会員登録内容変更', 'signup')).toBe(0);
    expect(words('会員登録', 'signup')).toBe(1);
    expect(words('Your e-mail address', 'address')).toBe(0);
  });
});
