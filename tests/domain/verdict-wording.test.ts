import { describe, expect, it } from 'vitest';
import { verdictWording } from '../../src/domain/verdict-wording';
import { say } from '../../src/platform/i18n';

const verdictMessage = (verdict: PasswordVerdict, language: 'en' | 'ja') => {
  const wording = verdictWording(verdict, language);
  return { tone: wording.tone, title: say(wording.title), lines: wording.lines.map(say) };
};
import type { PasswordVerdict } from '../../src/model/verdict';

const base: PasswordVerdict = {
  state: 'done',
  tokens: [],
  fieldRole: 'current',
  hostname: 'fril.jp',
  credentialGroup: 'rakuma',
  siteId: 'rakuma',
  checkedAt: 0,
};

describe('verdictMessage', () => {
  it('says how often a password leaked and where else it is used', () => {
    const message = verdictMessage(
      { ...base, tokens: ['breached', 'reused'], breachCount: 251682, reusedOn: ['Mercari', 'eBay'] },
      'en',
    );
    expect(message.tone).toBe('danger');
    expect(message.title).toBe('This password has leaked');
    expect(message.lines.join(' ')).toContain('251,682 times');
    expect(message.lines.join(' ')).toContain('Mercari, eBay');
  });

  it('asks for another password on new-password fields', () => {
    const message = verdictMessage({ ...base, tokens: ['breached'], breachCount: 3, fieldRole: 'new' }, 'en');
    expect(message.lines.join(' ')).toContain('Choose another password');
  });

  it('never words an unchecked verdict as safe', () => {
    const message = verdictMessage({ ...base, tokens: ['unchecked'], uncheckedReason: 'rate-limited' }, 'en');
    expect(message.tone).toBe('warn');
    expect(message.lines.join(' ')).toContain('does not mean the password is safe');
    expect(message.lines.join(' ')).toContain('too many requests');
  });

  it('names the phishing case on an uncatalogued site', () => {
    const { siteId: _siteId, ...uncatalogued } = base;
    const message = verdictMessage(
      { ...uncatalogued, hostname: 'example.com', tokens: ['reused'], reusedOn: ['Rakuma'] },
      'en',
    );
    expect(message.lines[0]).toBe(
      'You just entered your Rakuma password on example.com. If this is not Rakuma, change your Rakuma password now.',
    );
  });
});
