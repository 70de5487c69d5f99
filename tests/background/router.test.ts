import { describe, expect, it, vi } from 'vitest';
import { routeMessage } from '../../src/background/router';
import { CHECKS_PER_TAB_PER_MINUTE } from '../../src/background/check-budget';
import { readSettings } from '../../src/platform/settings';
import { readVerdict } from '../../src/platform/verdict-store';

const ID = 'furima-guard-test';
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const content = (url = 'https://fril.jp/login', frameId = 0) => ({ id: ID, tab, url, frameId });
const extensionPage = { id: ID, url: `chrome-extension://${ID}/src/pages/warning/warning.html` };
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAA';
const range = (suffix: string) => `${suffix}:3\r\n`;

function okFetch() {
  globalThis.fetch = vi.fn(
    async () =>
      new Response(range('0018A45C4D1DEF81644B54AB7F969B88D65'), {
        headers: { 'content-type': 'text/plain' },
      }),
  ) as unknown as typeof fetch;
}

const check = (overrides: Record<string, unknown> = {}) => ({
  name: 'content-to-background:check-password',
  payload: {
    token: TOKEN,
    hostname: 'fril.jp',
    pageKind: 'login',
    fieldRole: 'current',
    password: 'pw',
    ...overrides,
  },
});

describe('routeMessage: refusals', () => {
  it('refuses what is not a message of the contract, with its payload parsed', async () => {
    for (const message of [
      null,
      'text',
      { name: 'content-to-background:nope', payload: {} },
      { name: 'content-to-background:check-password' },
      check({ token: 'short' }),
      check({ hostname: 'fril.jp/evil' }),
      check({ password: '' }),
      check({ password: 'x'.repeat(1025) }),
      check({ pageKind: 'checkout' }),
      check({ fieldRole: 'other' }),
      check({ username: 5 }),
      { name: 'page-to-background:mute-site', payload: { hostname: 'fril.jp', muted: 'yes' } },
    ])
      expect(await routeMessage(message, content())).toEqual({ error: 'invalid message' });
  });

  it('refuses other extensions, the wrong kind of sender, and messages only the background sends', async () => {
    expect(await routeMessage(check(), { ...content(), id: 'other' })).toEqual({
      error: 'sender is not this extension',
    });
    expect(await routeMessage(check(), extensionPage)).toEqual({ error: 'sender is not a content script' });
    const mute = { name: 'page-to-background:mute-site', payload: { hostname: 'fril.jp', muted: true } };
    expect(await routeMessage(mute, content())).toEqual({ error: 'sender is not an extension page' });
    const close = { name: 'background-to-content:close-frame', payload: { frameId: TOKEN } };
    expect(await routeMessage(close, extensionPage)).toEqual({ error: 'only the background sends this' });
  });

  it('refuses a content script speaking for another host', async () => {
    expect(await routeMessage(check({ hostname: 'www.ebay.com' }), content())).toEqual({
      error: 'sender is not on that host',
    });
    const seen = {
      name: 'content-to-background:page-seen',
      payload: { hostname: 'www.ebay.com', pageKind: 'login' },
    };
    expect(await routeMessage(seen, content())).toEqual({ error: 'sender is not on that host' });
  });

  it('names the failure kind only when a handler throws, never its message', async () => {
    okFetch();
    // The username digest fails, late in the check, with the password in its message.
    const digest = vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(new RangeError('pw-in-message'));
    const reply = await routeMessage(check(), content());
    digest.mockRestore();
    expect(JSON.stringify(reply)).not.toContain('pw-in-message');
    expect(reply).toEqual({ error: 'handler failed (RangeError)' });
  });
});

describe('routeMessage: handlers', () => {
  it('checks a password and answers when the breach check is final', async () => {
    okFetch();
    expect(await routeMessage(check(), content())).toEqual({ outcome: 'final', show: true });
    expect(await readVerdict(TOKEN)).toMatchObject({
      state: 'done',
      tokens: ['clean'],
      credentialGroup: 'rakuma',
    });
  });

  it('answers checks beyond the tab’s budget as unchecked, without running them', async () => {
    okFetch();
    for (let index = 0; index < CHECKS_PER_TAB_PER_MINUTE; index++)
      await routeMessage(check({ token: `${TOKEN}${index}` }), content());
    const calls = vi.mocked(globalThis.fetch).mock.calls.length;
    expect(await routeMessage(check({ token: `${TOKEN}XX` }), content())).toEqual({
      outcome: 'rate-limited',
      show: true,
    });
    expect(vi.mocked(globalThis.fetch).mock.calls.length).toBe(calls);
    expect(await readVerdict(`${TOKEN}XX`)).toMatchObject({
      tokens: ['unchecked'],
      uncheckedReason: 'rate-limited',
    });
  });

  it('hands the next page of the tab the last check, only within the same credential group', async () => {
    okFetch();
    await routeMessage(check(), content());
    const seen = (hostname: string, url: string) =>
      routeMessage(
        { name: 'content-to-background:page-seen', payload: { hostname, pageKind: 'unknown' } },
        content(url),
      );
    expect(await seen('www.ebay.com', 'https://www.ebay.com/')).not.toHaveProperty('carryOverToken');
    await routeMessage(check(), content());
    expect(await seen('fril.jp', 'https://fril.jp/mypage')).toMatchObject({ carryOverToken: TOKEN });
    expect(await seen('fril.jp', 'https://fril.jp/other')).not.toHaveProperty('carryOverToken');
  });

  it('decides banners: shown for recognized kinds on catalogued sites, not once dismissed', async () => {
    const seen = (pageKind: string) =>
      routeMessage(
        { name: 'content-to-background:page-seen', payload: { hostname: 'fril.jp', pageKind } },
        content('https://fril.jp/x', 1),
      );
    expect(await seen('payout')).toEqual({ showBanner: true, incidentOpen: false, muted: false });
    expect(await seen('unknown')).toMatchObject({ showBanner: false });
    const dismiss = {
      name: 'page-to-background:dismiss-banner',
      payload: { hostname: 'web.fril.jp', pageKind: 'payout' },
    };
    expect(await routeMessage(dismiss, extensionPage)).toEqual({ ok: true });
    expect((await readSettings()).dismissedBanners).toEqual(['rakuma|payout']);
    expect(await seen('payout')).toMatchObject({ showBanner: false });
    expect(await seen('address')).toMatchObject({ showBanner: true });
  });

  it('mutes and unmutes a credential group', async () => {
    const mute = (muted: boolean) =>
      routeMessage(
        { name: 'page-to-background:mute-site', payload: { hostname: 'www.ebay.co.uk', muted } },
        extensionPage,
      );
    expect(await mute(true)).toEqual({ ok: true });
    expect((await readSettings()).mutedGroups).toEqual(['ebay']);
    await mute(true);
    expect((await readSettings()).mutedGroups).toEqual(['ebay']);
    await mute(false);
    expect((await readSettings()).mutedGroups).toEqual([]);
  });

  it('relays close requests to the frame’s tab, and mount requests to its top frame', async () => {
    const sent: unknown[][] = [];
    Object.assign((globalThis as unknown as { browser: object }).browser, {
      tabs: {
        sendMessage: async (...args: unknown[]) => {
          sent.push(args);
          return args[1] && (args[1] as { name: string }).name.endsWith('mount-warning')
            ? { shown: true }
            : { closed: true };
        },
      },
    });
    const close = { name: 'page-to-background:close-frame', payload: { frameId: TOKEN } };
    expect(await routeMessage(close, { ...extensionPage, tab })).toEqual({ ok: true });
    const mount = {
      name: 'content-to-background:show-warning-in-top-frame',
      payload: { hostname: 'fril.jp', token: TOKEN, frameId: TOKEN },
    };
    expect(await routeMessage(mount, content('https://fril.jp/frame', 3))).toEqual({ shown: true });
    expect(sent).toEqual([
      [7, { name: 'background-to-content:close-frame', payload: { frameId: TOKEN } }, {}],
      [
        7,
        { name: 'background-to-content:mount-warning', payload: { token: TOKEN, frameId: TOKEN } },
        { frameId: 0 },
      ],
    ]);
    expect(await routeMessage(mount, { ...content('https://fril.jp/frame', 3), tab: undefined })).toEqual({
      error: 'sender is not a content script',
    });
  });
});
