import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routeMessage } from '../../src/background/router';
import { CHECKS_PER_TAB_PER_MINUTE } from '../../src/background/check-budget';
import { forgetWaits, SETTLE_MS } from '../../src/background/settled-page-kind';
import { readSettings } from '../../src/platform/settings';
import { readVerdict } from '../../src/platform/verdict-store';
import { sentinelAlertItems } from '../../src/platform/contract/storage-items';
import { fakeStorage } from '../setup-browser-api';

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

// Every test announces pages in the same tab: a wait left by one must not settle in the next.
beforeEach(forgetWaits);

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

  it('reads an account alert by its token for our own pages only (Firefox alert frames ask)', async () => {
    const alert = {
      hostname: 'fril.jp',
      siteId: 'rakuma',
      credentialGroup: 'rakuma',
      facts: [{ fact: 'email' as const, noticedAt: 2, stableSince: 1, lastConfirmedAt: 1 }],
      at: 2,
    };
    await sentinelAlertItems.set(TOKEN, alert);
    const read = (alertToken: string) => ({
      name: 'page-to-background:read-sentinel-alert',
      payload: { alertToken },
    });
    expect(await routeMessage(read(TOKEN), extensionPage)).toEqual({ alert });
    expect(await routeMessage(read('B'.repeat(22)), extensionPage)).toEqual({ alert: null });
    expect(await routeMessage(read(TOKEN), content())).toEqual({ error: 'sender is not an extension page' });
  });

  it('refuses a content script speaking for another host', async () => {
    expect(await routeMessage(check({ hostname: 'www.ebay.com' }), content())).toEqual({
      error: 'sender is not on that host',
    });
    const seen = {
      name: 'content-to-background:page-seen',
      payload: { hostname: 'www.ebay.com', pathname: '/signin', pageKind: 'login' },
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
        {
          name: 'content-to-background:page-seen',
          payload: { hostname, pathname: new URL(url).pathname, pageKind: 'unknown' },
        },
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
        {
          name: 'content-to-background:page-seen',
          payload: { hostname: 'fril.jp', pathname: '/x', pageKind },
        },
        content('https://fril.jp/x', 1),
      );
    expect(await seen('payout')).toEqual({
      pageKind: 'payout',
      showBanner: true,
      incidentOpen: false,
      muted: false,
    });
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

  it('answers with the kind a catalogued URL shape names, else the kind the content read', async () => {
    const seen = (pathname: string, pageKind: string) =>
      routeMessage(
        { name: 'content-to-background:page-seen', payload: { hostname: 'web.fril.jp', pathname, pageKind } },
        content(`https://web.fril.jp${pathname}`, 1),
      );
    // Rakuma's sign-up URL shape: the catalog decides, whatever the content read.
    expect(await seen('/users/sign_up', 'login')).toMatchObject({ pageKind: 'signup', showBanner: true });
    expect(await seen('/USERS/SIGN_UP', 'unknown')).toMatchObject({ pageKind: 'signup', showBanner: true });
    // Control: at a path no pattern knows, the content's kind stands.
    expect(await seen('/x/users/sign_up', 'login')).toMatchObject({ pageKind: 'login' });
    expect(await seen('/mypage', 'unknown')).toMatchObject({ pageKind: 'unknown', showBanner: false });
  });

  it('runs no check on a muted site, whatever the page believed', async () => {
    okFetch();
    await routeMessage(
      { name: 'page-to-background:mute-site', payload: { hostname: 'fril.jp', muted: true } },
      extensionPage,
    );
    expect(await routeMessage(check(), content())).toEqual({ outcome: 'final', show: false });
    expect(globalThis.fetch).not.toHaveBeenCalled();
    expect(await readVerdict(TOKEN)).toBeUndefined();
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

describe('routeMessage: frames and tabs', () => {
  const pageSeen = (sender: object, hostname = 'fril.jp') =>
    routeMessage(
      {
        name: 'content-to-background:page-seen',
        payload: { hostname, pathname: '/mypage', pageKind: 'unknown' },
      },
      sender,
    );

  it('carries over only checks made in the top frame', async () => {
    okFetch();
    await routeMessage(check(), content('https://fril.jp/login', 3));
    expect(await pageSeen(content('https://fril.jp/mypage'))).not.toHaveProperty('carryOverToken');
  });

  it('hands the carry-over only to the top frame, which can still take it after a subframe asked', async () => {
    okFetch();
    await routeMessage(check(), content());
    expect(await pageSeen(content('https://fril.jp/frame', 2))).not.toHaveProperty('carryOverToken');
    expect(await pageSeen(content('https://fril.jp/mypage'))).toMatchObject({ carryOverToken: TOKEN });
  });

  it('a tab without an id has no budget and no carry-over, and nothing is relayed to it', async () => {
    okFetch();
    const noId = { ...content(), tab: { ...tab, id: undefined } };
    for (let index = 0; index <= CHECKS_PER_TAB_PER_MINUTE; index++)
      expect(await routeMessage(check({ token: `${TOKEN}${index}` }), noId)).toEqual({
        outcome: 'final',
        show: true,
      });
    expect(await fakeStorage.session.get(null)).not.toHaveProperty('recentCheck:undefined');
    // Nor does it read a slot shared by every tab without an id.
    await fakeStorage.session.set({
      'recentCheck:undefined': {
        token: TOKEN,
        url: 'https://fril.jp/login',
        credentialGroup: 'rakuma',
        at: Date.now(),
      },
    });
    expect(await pageSeen({ ...noId, url: 'https://fril.jp/mypage' })).not.toHaveProperty('carryOverToken');
    const sendMessage = vi.fn(async () => ({ shown: true }));
    Object.assign((globalThis as unknown as { browser: object }).browser, { tabs: { sendMessage } });
    const mount = {
      name: 'content-to-background:show-warning-in-top-frame',
      payload: { hostname: 'fril.jp', token: TOKEN, frameId: TOKEN },
    };
    expect(await routeMessage(mount, noId)).toEqual({ shown: false });
    const close = { name: 'page-to-background:close-frame', payload: { frameId: TOKEN } };
    expect(await routeMessage(close, extensionPage)).toEqual({ ok: true });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('answers without the relay when the tab does not answer', async () => {
    const sendMessage = vi.fn(async () => {
      throw new Error('no receiving end');
    });
    Object.assign((globalThis as unknown as { browser: object }).browser, { tabs: { sendMessage } });
    const mount = {
      name: 'content-to-background:show-warning-in-top-frame',
      payload: { hostname: 'fril.jp', token: TOKEN, frameId: TOKEN },
    };
    expect(await routeMessage(mount, content('https://fril.jp/frame', 3))).toEqual({ shown: false });
    const close = { name: 'page-to-background:close-frame', payload: { frameId: TOKEN } };
    expect(await routeMessage(close, { ...extensionPage, tab })).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('muting or dismissing one site keeps the others', async () => {
    const mute = (hostname: string, muted: boolean) =>
      routeMessage({ name: 'page-to-background:mute-site', payload: { hostname, muted } }, extensionPage);
    await mute('www.ebay.co.uk', true);
    await mute('fril.jp', true);
    expect((await readSettings()).mutedGroups).toEqual(['ebay', 'rakuma']);
    await mute('www.ebay.co.uk', false);
    expect((await readSettings()).mutedGroups).toEqual(['rakuma']);
    const dismiss = (hostname: string) =>
      routeMessage(
        { name: 'page-to-background:dismiss-banner', payload: { hostname, pageKind: 'payout' } },
        extensionPage,
      );
    await dismiss('fril.jp');
    await dismiss('www.ebay.co.uk');
    expect((await readSettings()).dismissedBanners).toEqual(['rakuma|payout', 'ebay|payout']);
  });
});

describe('routeMessage: login outcome and account sentinel', () => {
  const pageSeen = (pageKind: string, url: string) =>
    routeMessage(
      {
        name: 'content-to-background:page-seen',
        payload: { hostname: 'fril.jp', pathname: new URL(url).pathname, pageKind },
      },
      content(url),
    );
  /** A page that reads as nothing past the wait for a late form, which the background takes as none. */
  const pageSeenUntilSettled = async (url: string) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await pageSeen('unknown', url);
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
    } finally {
      vi.useRealTimers();
    }
  };
  const usualLogins = async () =>
    (await fakeStorage.local.get('lastSuccessfulLogins')).lastSuccessfulLogins as
      Record<string, unknown> | undefined;

  it('settles the carried-over login: leaving the login page makes it the usual password, landing on it again rejects', async () => {
    okFetch();
    await routeMessage(check(), content());
    await pageSeenUntilSettled('https://fril.jp/mypage');
    await vi.waitFor(async () => expect(await usualLogins()).toHaveProperty('rakuma'));

    const second = `${TOKEN}2`;
    await routeMessage(check({ token: second }), content());
    expect((await readVerdict(second))?.tokens).not.toContain('rejected');
    await pageSeen('login', 'https://fril.jp/login?retry');
    await vi.waitFor(async () => expect((await readVerdict(second))?.tokens).toContain('rejected'));
  });

  it('a login page whose form comes after its first scan still rejects the usual password', async () => {
    okFetch();
    await routeMessage(check(), content());
    await pageSeenUntilSettled('https://fril.jp/mypage');
    await vi.waitFor(async () => expect(await usualLogins()).toHaveProperty('rakuma'));

    const second = `${TOKEN}2`;
    await routeMessage(check({ token: second }), content());
    // The page back from the submit first reads as nothing, then its script adds the login form.
    await pageSeen('unknown', 'https://fril.jp/account?retry');
    await pageSeen('login', 'https://fril.jp/account?retry');
    await vi.waitFor(async () => expect((await readVerdict(second))?.tokens).toContain('rejected'));

    // Control: a page that stays nothing past the window is the page after a login that went
    // through, and the same password stays the usual one.
    const third = `${TOKEN}3`;
    await routeMessage(check({ token: third }), content());
    await pageSeenUntilSettled('https://fril.jp/account?next');
    await vi.waitFor(async () => expect(await fakeStorage.session.get(`loginAttempt:${third}`)).toEqual({}));
    expect((await readVerdict(third))?.tokens).not.toContain('rejected');
  });

  it('a new password waits while a password page renders its form late, and is committed after a page that stays nothing', async () => {
    okFetch();
    const pending = async () => fakeStorage.session.get('pendingPassword:rakuma');
    await routeMessage(
      check({ pageKind: 'password-change', fieldRole: 'new' }),
      content('https://fril.jp/pw'),
    );
    expect(await pending()).not.toEqual({});
    // The form came back (the change failed), rendered by a script after the first scan.
    await pageSeen('unknown', 'https://fril.jp/pw?error');
    await pageSeen('password-change', 'https://fril.jp/pw?error');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await pending()).not.toEqual({});
    // Control: the next page stays nothing, so the change went through.
    await pageSeenUntilSettled('https://fril.jp/done');
    await vi.waitFor(async () => expect(await usualLogins()).toHaveProperty('rakuma'));
    expect(await pending()).toEqual({});
  });

  it('a named page commits a pending password before it answers; without a tab id, so does a page that reads as nothing', async () => {
    okFetch();
    const pending = async () => fakeStorage.session.get('pendingPassword:rakuma');
    await routeMessage(check({ pageKind: 'signup', fieldRole: 'new' }), content('https://fril.jp/signup'));
    const noTabId = { ...content('https://fril.jp/mypage'), tab: { ...tab, id: undefined } };
    await routeMessage(
      {
        name: 'content-to-background:page-seen',
        payload: { hostname: 'fril.jp', pathname: '/mypage', pageKind: 'unknown' },
      },
      noTabId,
    );
    await vi.waitFor(async () => expect(await usualLogins()).toHaveProperty('rakuma'), {
      timeout: SETTLE_MS / 2,
    });
    expect(await pending()).toEqual({});

    await routeMessage(check({ pageKind: 'signup', fieldRole: 'new' }), content('https://fril.jp/signup'));
    expect(await pending()).not.toEqual({});
    await pageSeen('payout', 'https://fril.jp/bank');
    expect(await pending()).toEqual({});
  });

  it('the current password on a password-change form is no login attempt (control: on a login form it is)', async () => {
    okFetch();
    await routeMessage(check({ pageKind: 'password-change' }), content('https://fril.jp/pw'));
    expect(await fakeStorage.session.get(`loginAttempt:${TOKEN}`)).toEqual({});
    await routeMessage(check({ pageKind: 'login' }), content());
    expect(await fakeStorage.session.get(`loginAttempt:${TOKEN}`)).not.toEqual({});
  });

  it('a login page after a login that went through elsewhere is not a rejection', async () => {
    okFetch();
    await routeMessage(check(), content());
    await pageSeen('login', 'https://fril.jp/login?again');
    // No usual password yet: nothing to compare with, and the attempt is settled (taken).
    await vi.waitFor(async () => expect(await fakeStorage.session.get(`loginAttempt:${TOKEN}`)).toEqual({}));
    expect(await usualLogins()).toBeUndefined();
    expect((await readVerdict(TOKEN))?.tokens).not.toContain('rejected');
  });

  const facts = (email: string) => ({
    name: 'content-to-background:account-facts-seen',
    payload: { hostname: 'fril.jp', facts: [['email', email]] },
  });
  const submitted = (pageKind: string, fieldLabels: string[]) => ({
    name: 'content-to-background:account-change-submitted',
    payload: { hostname: 'fril.jp', pageKind, fieldLabels },
  });

  it('alerts when a registered fact changed while the user was away', async () => {
    expect(await routeMessage(facts('taro@example.jp'), content('https://fril.jp/settings'))).toEqual({});
    const reply = await routeMessage(facts('mallory@example.jp'), content('https://fril.jp/settings'));
    expect(reply).toEqual({ alertToken: expect.any(String) });
  });

  it('does not alert for a change the user just submitted, by page kind or by field label', async () => {
    for (const [pageKind, labels] of [
      ['email-change', ['Password']],
      ['unknown', ['New e-mail address']],
    ] as const) {
      await routeMessage(facts('taro@example.jp'), content('https://fril.jp/settings'));
      expect(await routeMessage(submitted(pageKind, [...labels]), content('https://fril.jp/email'))).toEqual({
        ok: true,
      });
      expect(
        await routeMessage(facts(`${pageKind}@example.jp`), content('https://fril.jp/settings')),
      ).toEqual({});
    }
  });

  it('a submitted form that changes no fact does not excuse a change', async () => {
    await routeMessage(facts('taro@example.jp'), content('https://fril.jp/settings'));
    await routeMessage(submitted('unknown', ['Nickname']), content('https://fril.jp/profile'));
    expect(await fakeStorage.session.get('ownChange:rakuma')).toEqual({});
    expect(
      await routeMessage(facts('mallory@example.jp'), content('https://fril.jp/settings')),
    ).toHaveProperty('alertToken');
  });

  it('opens the response page only for a real alert answered “this wasn’t me”', async () => {
    const create = vi.fn(async () => ({}));
    Object.assign((globalThis as unknown as { browser: { tabs?: object } }).browser, { tabs: { create } });
    const answer = (alertToken: string, answer: string) =>
      routeMessage(
        { name: 'page-to-background:answer-account-change', payload: { alertToken, answer } },
        extensionPage,
      );
    const raise = async () => {
      await routeMessage(facts('taro@example.jp'), content('https://fril.jp/settings'));
      const reply = await routeMessage(
        facts(`x${Math.random()}@example.jp`),
        content('https://fril.jp/settings'),
      );
      return (reply as { alertToken: string }).alertToken;
    };
    expect(await answer(TOKEN, 'hijacked')).toEqual({ ok: true });
    expect(await answer(await raise(), 'it-was-me')).toEqual({ ok: true });
    expect(create).not.toHaveBeenCalled();
    expect(await answer(await raise(), 'hijacked')).toEqual({ ok: true });
    expect(create).toHaveBeenCalledTimes(1);
    const url = new URL((create.mock.calls[0] as unknown as [{ url: string }])[0].url);
    expect(url.pathname).toContain('hijacked');
    expect(Object.fromEntries(url.searchParams)).toEqual({ site: 'fril.jp', id: 'rakuma' });
  });

  it('names a thrown non-error “unknown”', async () => {
    Object.assign((globalThis as unknown as { browser: object }).browser, {
      tabs: {
        create: async () => {
          throw 'no tabs here';
        },
      },
    });
    await routeMessage(facts('taro@example.jp'), content('https://fril.jp/settings'));
    const { alertToken } = (await routeMessage(
      facts('jiro@example.jp'),
      content('https://fril.jp/settings'),
    )) as {
      alertToken: string;
    };
    const reply = await routeMessage(
      { name: 'page-to-background:answer-account-change', payload: { alertToken, answer: 'hijacked' } },
      extensionPage,
    );
    expect(reply).toEqual({ error: 'handler failed (unknown)' });
  });
});
