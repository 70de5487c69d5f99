import { describe, expect, it } from 'vitest';
import { factsOfChangeForm, slotOfLabel } from '../../src/domain/account-fact-labels';
import {
  alertsOf,
  decideFact,
  OWN_CHANGE_WINDOW_MS,
  resolvePending,
  sentinelStatus,
} from '../../src/domain/fact-change';
import { normalizeFactValue, observationsOf, viewOf } from '../../src/domain/fact-normalization';

describe('fact labels', () => {
  it.each([
    ['登録メールアドレス', 'email'],
    ['現在のメールアドレス', 'email'],
    ['Email address', 'email'],
    ['E-mail:', 'email'],
    ['電話番号', 'phone'],
    ['Phone number', 'phone'],
    ['口座名義（カナ）', 'kana-name'],
    ['Account holder', 'kana-name'],
    ['銀行名', 'bank-account:bank'],
    ['支店名', 'bank-account:branch'],
    ['口座番号', 'bank-account:number'],
    ['Account number', 'bank-account:number'],
    ['お届け先', 'address'],
    ['Shipping address', 'address'],
    ['郵便番号', 'address:postal'],
  ])('%s is %s', (label, slot) => expect(slotOfLabel(label)).toBe(slot));

  it.each([
    '新しいメールアドレス',
    'メールアドレス（確認）',
    'New email address',
    'ニックネーム',
    'パスワード',
    '口座番号を変更する',
  ])('%s is no displayed fact', (label) => expect(slotOfLabel(label)).toBeUndefined());

  it('tells which facts a change form changes from its labels and page kind', () => {
    expect(factsOfChangeForm(['新しいメールアドレス'], null)).toEqual(['email']);
    expect(factsOfChangeForm(['口座番号', '口座名義（カナ）'], null).sort()).toEqual([
      'bank-account',
      'kana-name',
    ]);
    expect(factsOfChangeForm(['ニックネーム'], 'payout').sort()).toEqual(['bank-account', 'kana-name']);
    expect(factsOfChangeForm(['ニックネーム'], null)).toEqual([]);
  });
});

describe('normalization', () => {
  it('folds width, case, spacing and kana', () => {
    expect(normalizeFactValue('kana-name', 'ﾔﾏﾀﾞ ﾊﾅｺ')).toBe(
      normalizeFactValue('kana-name', 'やまだ　はなこ'),
    );
    expect(normalizeFactValue('email', ' HA***@Gmail.com ')).toBe('ha*@gmail.com');
    expect(normalizeFactValue('phone', '０９０-１２３４-５６７８')).toBe('09012345678');
    expect(normalizeFactValue('bank-account:number', '＊＊＊＊＊678')).toBe('*678');
    expect(normalizeFactValue('phone', '090-****-5678')).toBe(normalizeFactValue('phone', '090-••••-5678'));
  });

  it('compares masked values as masks: the shape, not the content, names the view', () => {
    expect(viewOf('email', 'ha*@gmail.com')).toBe('masked:2:0@');
    expect(viewOf('email', 'zq*@mail.ru')).toBe('masked:2:0@');
    expect(viewOf('bank-account', '*678')).toBe('masked:0:3');
    expect(viewOf('email', 'hanako@gmail.com')).toBe('full');
  });

  it('joins bank, branch and number into one payout-account observation', () => {
    const [observation] = observationsOf([
      ['bank-account:number', '*****678'],
      ['bank-account:bank', '楽天銀行'],
      ['bank-account:branch', '第一営業支店'],
    ]);
    expect(observation?.fact).toBe('bank-account');
    expect(observation?.view).toBe('bank=full,branch=full,number=masked:0:3');
  });
});

describe('change decision', () => {
  const base = { credentialGroup: 'rakuma', fact: 'email' as const, view: 'masked:2:0@' };
  const day = 86_400_000;
  const seen = decideFact(undefined, { ...base, digest: 'aaaaaa' }, undefined, 0 * day).record;

  it('first sight and unchanged are silent', () => {
    expect(decideFact(undefined, { ...base, digest: 'aaaaaa' }, undefined, 0).decision).toBe('first-sight');
    const again = decideFact(seen, { ...base, digest: 'aaaaaa' }, undefined, 3 * day);
    expect(again.decision).toBe('unchanged');
    expect(again.record.views[base.view]?.lastConfirmedAt).toBe(3 * day);
  });

  it('a new showing of the fact (another mask shape) is learnt, not compared', () => {
    expect(decideFact(seen, { ...base, view: 'full', digest: 'bbbbbb' }, undefined, day).decision).toBe(
      'first-sight',
    );
  });

  it('a change while away alerts once, with the date it had been stable since', () => {
    const changed = decideFact(seen, { ...base, digest: 'cccccc' }, undefined, 5 * day);
    expect(changed.decision).toBe('changed');
    expect(alertsOf([changed.record])).toEqual([
      { fact: 'email', noticedAt: 5 * day, stableSince: 0, lastConfirmedAt: 0 },
    ]);
    expect(decideFact(changed.record, { ...base, digest: 'cccccc' }, undefined, 6 * day).decision).toBe(
      'still-pending',
    );
    expect(sentinelStatus([changed.record])).toEqual({ state: 'attention', since: 5 * day });
    const accepted = resolvePending(changed.record, 'accepted', 7 * day);
    expect(accepted.pending).toBeNull();
    expect(decideFact(accepted, { ...base, digest: 'cccccc' }, undefined, 8 * day).decision).toBe(
      'unchanged',
    );
    expect(sentinelStatus([accepted])).toEqual({ state: 'done', since: 5 * day });
  });

  it("a change right after the user's own form submit is accepted silently; an old submit is not", () => {
    const now = 5 * day;
    expect(decideFact(seen, { ...base, digest: 'cccccc' }, now - 60_000, now).decision).toBe('own-change');
    expect(
      decideFact(seen, { ...base, digest: 'cccccc' }, now - OWN_CHANGE_WINDOW_MS - 1, now).decision,
    ).toBe('changed');
  });

  it('has nothing to say before any fact was seen', () => {
    expect(sentinelStatus([])).toEqual({ state: 'todo' });
  });
});
