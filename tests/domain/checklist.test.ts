import { describe, expect, it } from 'vitest';
import { buildChecklist, progressOf } from '../../src/domain/checklist';
import type { MarketplaceSite } from '../../src/model/marketplace';
import type { ChecklistTick } from '../../src/model/records';
import { siteById } from '../../src/catalog/catalog';

const rakuma = siteById('rakuma')!;
const DAY = 86_400_000;
const now = 1_800_000_000_000;
const options = {
  now,
  reviewPeriodDays: 180,
  language: 'en' as const,
  formatDate: (ms: number) => new Date(ms).toISOString(),
};
const tick = (itemId: string, changedAt: number, done = true): ChecklistTick => ({
  id: `rakuma|${itemId}`,
  siteId: 'rakuma',
  itemId,
  done,
  changedAt,
});

describe('buildChecklist', () => {
  it('starts with automatic items to do and every manual item to do', () => {
    const items = buildChecklist(rakuma, undefined, [], options);
    expect(items.every((item) => item.state === 'todo')).toBe(true);
    expect(items.map((item) => item.id)).toEqual([
      'breach-check',
      'reuse-check',
      'recent-check',
      'account-unchanged',
      'unique-password',
      'two-factor',
      'email-alerts',
      'linked-logins',
      'payout-account',
      'sales-balance',
      'personal-data',
      'support-channel',
    ]);
  });

  it('turns failing automatic items to attention and passing ones to done', () => {
    const breached = buildChecklist(
      rakuma,
      { tokens: ['breached', 'reused'], reusedOn: ['Mercari'], checkedAt: now - DAY },
      [],
      options,
    );
    expect(breached.find((item) => item.id === 'breach-check')?.state).toBe('attention');
    expect(breached.find((item) => item.id === 'reuse-check')?.state).toBe('attention');
    const clean = buildChecklist(rakuma, { tokens: ['clean'], checkedAt: now - DAY }, [], options);
    expect(clean.filter((item) => item.automatic).map((item) => item.state)).toEqual([
      'done',
      'done',
      'done',
      // The account sentinel has seen no settings page yet.
      'todo',
    ]);
    const stale = buildChecklist(rakuma, { tokens: ['clean'], checkedAt: now - 40 * DAY }, [], options);
    expect(stale.find((item) => item.id === 'recent-check')?.state).toBe('attention');
    const unchecked = buildChecklist(rakuma, { tokens: ['unchecked'], checkedAt: now }, [], options);
    expect(unchecked.find((item) => item.id === 'breach-check')?.state).not.toBe('done');
  });

  it('asks for a review of manual ticks older than the review period', () => {
    const items = buildChecklist(
      rakuma,
      undefined,
      [
        tick('payout-account', now - 10 * DAY),
        tick('sales-balance', now - 200 * DAY),
        tick('personal-data', now, false),
      ],
      options,
    );
    expect(items.find((item) => item.id === 'payout-account')?.state).toBe('done');
    expect(items.find((item) => item.id === 'sales-balance')?.state).toBe('attention');
    expect(items.find((item) => item.id === 'personal-data')?.state).toBe('todo');
    expect(progressOf(items)).toEqual({ done: 1, total: 12 });
  });

  it("shows the account sentinel's status: unchanged since a date, or a change to answer", () => {
    const sentinel = (status: Parameters<typeof buildChecklist>[3]['sentinel']) =>
      buildChecklist(rakuma, undefined, [], { ...options, sentinel: status }).find(
        (item) => item.id === 'account-unchanged',
      );
    expect(sentinel({ state: 'done', since: now })).toMatchObject({
      state: 'done',
      detail: { key: 'checkSentinelDone', substitutions: [new Date(now).toISOString()] },
    });
    expect(sentinel({ state: 'attention', since: now })?.state).toBe('attention');
    expect(sentinel({ state: 'todo' })?.state).toBe('todo');
  });

  it('points Rakuma users at the Rakuten ID, having no two-factor of its own', () => {
    const items = buildChecklist(rakuma, undefined, [], options);
    const twoFactor = items.find((item) => item.id === 'two-factor');
    expect(twoFactor?.detail).toEqual({ key: 'checkTwoFactorNoneLinked', substitutions: ['Rakuten ID'] });
    expect(items.find((item) => item.id === 'support-channel')?.link?.url).toBe('mailto:support@fril.jp');
  });

  it("carries the support channel's status, so an unconfirmed address can say so", () => {
    const supportLink = (site: MarketplaceSite) =>
      buildChecklist(site, undefined, [], options).find((item) => item.id === 'support-channel')?.link;
    // support@fril.jp comes from a victim's public account, not from Rakuma itself.
    expect(supportLink(rakuma)?.status).toBe('unverified');
    expect(supportLink(siteById('rakuten-id')!)?.status).toBe('verified');
    const twoFactor = buildChecklist(rakuma, undefined, [], options).find((item) => item.id === 'two-factor');
    expect(twoFactor?.link?.status).toBeUndefined();
  });
});
