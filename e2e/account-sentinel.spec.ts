import { dumpExtensionStorage } from './support/storage-scan';
import {
  alertFrame,
  factsConfirmed,
  findAlertFrame,
  setServerAccount,
  storedFacts,
} from './support/sentinel';
import { enterPassword, expect, randomPassword, test, verdictOf } from './support/fixtures';

const RAKUMA_ACCOUNT = 'https://fril.jp/mypage/account';
const RAKUMA_PAYOUT = 'https://fril.jp/mypage/payout-account';
const MERCARI_INFO = 'https://jp.mercari.com/mypage/personal_info';
const EBAY_PROFILE = 'https://accountsettings.ebay.com/profile';

const popupUrl = (extensionId: string, site: string) =>
  `chrome-extension://${extensionId}/src/popup/popup.html?site=${site}`;

/** No alert appears within a generous wait after the facts were read. */
async function expectNoAlert(page: import('@playwright/test').Page) {
  await page.waitForTimeout(700);
  expect(findAlertFrame(page), 'account-changed alert').toBeUndefined();
}

test.describe('account sentinel', () => {
  test('first sight and an unchanged revisit are silent; only digests are stored', async ({
    page,
    serviceWorker,
  }) => {
    let since = Date.now();
    await page.goto(RAKUMA_ACCOUNT);
    const first = await factsConfirmed(serviceWorker, 3, since);
    expect(first.map((fact) => fact.fact).sort()).toEqual(['address', 'email', 'phone']);
    await expectNoAlert(page);
    since = Date.now();
    await page.reload();
    await factsConfirmed(serviceWorker, 3, since);
    await expectNoAlert(page);
    // Masked e-mail and phone, and the address, are kept as 24-bit keyed digests with dates only.
    for (const fact of await storedFacts(serviceWorker))
      for (const view of Object.values(fact.views)) expect(view.digest).toMatch(/^[0-9a-f]{6}$/);
    const stored = await dumpExtensionStorage(serviceWorker);
    for (const value of ['ha***@gmail.com', 'gmail', '5678', '世田谷', 'ハイツ'])
      expect(stored.includes(value), `storage holds "${value}"`).toBe(false);
  });

  const changes: { fact: string; url: string; change: Record<string, string>; count: number }[] = [
    { fact: 'email', url: RAKUMA_ACCOUNT, change: { email: 'zq***@mail.ru' }, count: 3 },
    { fact: 'phone', url: MERCARI_INFO, change: { phone: '070-9999-0000' }, count: 3 },
    { fact: 'kana-name', url: RAKUMA_PAYOUT, change: { holder: 'ｽｽﾞｷ ｲﾁﾛｳ' }, count: 2 },
    {
      fact: 'bank-account',
      url: RAKUMA_PAYOUT,
      change: { bank: 'ゆうちょ銀行', number: '*****901' },
      count: 2,
    },
    { fact: 'address', url: EBAY_PROFILE, change: { address: '99 Drop Box Rd, Newark, NJ 07102' }, count: 3 },
  ];
  for (const { fact, url, change, count } of changes) {
    test(`a changed ${fact} raises the alert on ${new URL(url).hostname}`, async ({
      page,
      serviceWorker,
      extensionId,
    }) => {
      await page.goto(url);
      await factsConfirmed(serviceWorker, count, 0);
      await expectNoAlert(page);
      await setServerAccount(page, url, change);
      await page.reload();
      const frame = await alertFrame(page);
      await expect(frame.locator('html')).toHaveAttribute('data-alert', 'account-changed');
      await expect(frame.locator('html')).toHaveAttribute('data-changed-facts', fact);
      await expect(frame.locator(`[data-fact="${fact}"]`)).toContainText('unchanged since');
      if (fact === 'email') await page.screenshot({ path: 'docs/screenshots/account-alert-en.png' });
      const site = new URL(url).hostname.replace(/^.*?([^.]+\.(com|jp))$/, '$1');
      await page.goto(popupUrl(extensionId, site));
      await expect(page.locator('[data-check-id="account-unchanged"]')).toHaveAttribute(
        'data-state',
        'attention',
      );
    });
  }

  test('a change the user made through the site form is accepted silently; a scripted one is not', async ({
    page,
    serviceWorker,
  }) => {
    await page.goto(RAKUMA_ACCOUNT);
    await factsConfirmed(serviceWorker, 3, 0);
    await page.goto('https://fril.jp/mypage/email-change');
    await page.click('#new-email');
    await page.keyboard.type('hanako.new@example.jp', { delay: 5 });
    const since = Date.now();
    await page.click('#change');
    await page.waitForURL(RAKUMA_ACCOUNT);
    await factsConfirmed(serviceWorker, 3, since);
    await expectNoAlert(page);
    const email = (await storedFacts(serviceWorker)).find((fact) => fact.fact === 'email');
    expect(email?.changes.map((change) => change.resolution)).toEqual(['own-change']);

    // Control: the same form filled and submitted by a script (trusted `requestSubmit()` included).
    await page.goto('https://fril.jp/mypage/email-change');
    await page.fill('#new-email', 'attacker@example.net');
    await page.evaluate(() => document.querySelector('form')?.requestSubmit());
    await page.waitForURL(RAKUMA_ACCOUNT);
    await expect((await alertFrame(page)).locator('html')).toHaveAttribute('data-changed-facts', 'email');
  });

  test('"It was me" accepts the new value: later visits are silent and the checklist is done', async ({
    page,
    serviceWorker,
    extensionId,
  }) => {
    await page.goto(MERCARI_INFO);
    await factsConfirmed(serviceWorker, 3, 0);
    await setServerAccount(page, MERCARI_INFO, { email: 'taro.new@example.jp' });
    await page.reload();
    await alertFrame(page);
    // The frame ignores clicks until it has seen that nothing covers it: an early click is made again,
    // on whichever alert frame is there now (a slow machine may see the click itself take a while).
    await expect(async () => {
      await findAlertFrame(page)
        ?.locator('[data-action="it-was-me"]')
        .click({ timeout: 2_000 })
        .catch(() => undefined);
      expect(Boolean(findAlertFrame(page))).toBe(false);
    }).toPass({ timeout: 20_000 });
    const since = Date.now();
    await page.reload();
    await factsConfirmed(serviceWorker, 3, since);
    await expectNoAlert(page);
    await page.goto(popupUrl(extensionId, 'mercari.com'));
    await expect(page.locator('[data-check-id="account-unchanged"]')).toHaveAttribute('data-state', 'done');
  });
});

test.describe('account sentinel in Japanese', () => {
  test.use({ language: 'ja' });

  test('three changes at once on a phone: every fact listed, the answers still in view', async ({
    page,
    serviceWorker,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(RAKUMA_ACCOUNT);
    await factsConfirmed(serviceWorker, 3, 0);
    await setServerAccount(page, RAKUMA_ACCOUNT, {
      email: 'zq***@mail.ru',
      phone: '070-****-0000',
      address: '大阪府大阪市北区梅田9-9-9',
    });
    await page.reload();
    const frame = await alertFrame(page);
    await expect(frame.locator('html')).toHaveAttribute('data-changed-facts', /email.*phone|phone.*email/);
    await expect(frame.locator('[data-fact]')).toHaveCount(3);
    // The frame's size never depends on the alert, so the list scrolls and the answers stay put.
    const cut = await frame.evaluate(() =>
      [...document.querySelectorAll('[data-action], h1')].map(
        (element) => element.getBoundingClientRect().bottom - innerHeight,
      ),
    );
    expect(Math.max(...cut), 'pixels of the title or an answer below the frame').toBeLessThanOrEqual(0);
  });

  test('"This wasn\'t me" opens the response page, whose timeline starts with the change', async ({
    page,
    context,
    serviceWorker,
  }) => {
    await page.goto(RAKUMA_ACCOUNT);
    await factsConfirmed(serviceWorker, 3, 0);
    await setServerAccount(page, RAKUMA_ACCOUNT, { email: 'zq***@mail.ru' });
    await page.reload();
    const frame = await alertFrame(page);
    await expect(frame.locator('[data-fact="email"]')).toContainText('登録メールアドレス');
    await page.screenshot({ path: 'docs/screenshots/account-alert-ja.png' });
    const [response] = await Promise.all([
      context.waitForEvent('page'),
      frame.locator('[data-action="hijacked"]').click(),
    ]);
    await response.waitForLoadState();
    const url = new URL(response.url());
    expect(url.pathname).toBe('/src/pages/hijacked/hijacked.html');
    expect(url.searchParams.get('site')).toBe('fril.jp');
    const first = response.locator('[data-timeline] li').first();
    await expect(first).toHaveAttribute('data-source', 'sentinel');
    await expect(first).toContainText('ラクマの登録メールアドレスが変更された');
  });
});

test.describe('the usual password rejected', () => {
  async function logIn(page: import('@playwright/test').Page, answer: 'accept' | 'reject', password: string) {
    await page.goto(`https://fril.jp/login/check?answer=${answer}`);
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    await page.click('#login');
    await page.waitForURL(answer === 'accept' ? 'https://fril.jp/mypage' : 'https://fril.jp/login?failed=1');
  }
  /** The sites whose usual password is known: the last one that logged in. */
  const usualLoginGroups = (serviceWorker: import('@playwright/test').Worker) =>
    serviceWorker.evaluate(async () =>
      Object.keys((await chrome.storage.local.get('lastSuccessfulLogins')).lastSuccessfulLogins ?? {}),
    );

  test('the password that last logged in, answered with the login page, adds `rejected`; a typo does not', async ({
    page,
    serviceWorker,
  }) => {
    const usual = randomPassword();
    await logIn(page, 'accept', usual);
    await expect.poll(() => usualLoginGroups(serviceWorker)).toEqual(['rakuma']);

    // A typo: another password comes back to the login page. Not flagged.
    await logIn(page, 'reject', randomPassword());
    const typo = await verdictOf(page);
    await page.waitForTimeout(1_500);
    expect(await typo.frame.locator('html').getAttribute('data-verdict')).not.toContain('rejected');

    // The usual password comes back to the login page: someone changed it.
    await logIn(page, 'reject', usual);
    const { frame } = await verdictOf(page);
    await expect(frame.locator('html')).toHaveAttribute('data-verdict', /\brejected\b/);
    await expect(frame.locator('h1')).toContainText('usual password was rejected');
  });

  test('a login page that renders its form late still counts as the login page coming back', async ({
    page,
    serviceWorker,
  }) => {
    const usual = randomPassword();
    await logIn(page, 'accept', usual);
    await expect.poll(() => usualLoginGroups(serviceWorker)).toEqual(['rakuma']);

    // The page back from the submit reads as nothing for a second: the form comes from a script.
    await page.goto('https://fril.jp/auth/late-form?answer=reject');
    await enterPassword(page, '#password', usual);
    await verdictOf(page);
    await page.click('#login');
    await page.waitForURL('https://fril.jp/auth/late-form?failed=1');
    const { frame } = await verdictOf(page);
    await expect(frame.locator('html')).toHaveAttribute('data-verdict', /\brejected\b/);
  });
});

test.describe('weekly check-in', () => {
  test('off by default; opting in sets a weekly alarm whose reminder names the account page', async ({
    page,
    serviceWorker,
  }) => {
    const alarm = () =>
      serviceWorker.evaluate(async () => (await chrome.alarms.get('weekly-check-in')) ?? null);
    const setCheckIn = (on: boolean) =>
      serviceWorker.evaluate(async (wanted) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), weeklyCheckIn: wanted } });
      }, on);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    await verdictOf(page);
    expect(await alarm()).toBeNull();
    await setCheckIn(true);
    await expect.poll(async () => (await alarm())?.periodInMinutes).toBe(7 * 24 * 60);
    // Fire it now (unpacked extensions may): the reminder opens Rakuma's account page on click.
    await serviceWorker.evaluate(() => chrome.alarms.create('weekly-check-in', { when: Date.now() + 200 }));
    await expect
      .poll(() => serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
      .toEqual(['check-in|https://fril.jp/mypage/settings']);
    await setCheckIn(false);
    await expect.poll(alarm).toBeNull();
  });
});
