import {
  addressOf,
  enterPassword,
  expect,
  extensionFrame,
  openExtensionPage,
  randomPassword,
  rootAttribute,
  test,
  verdictOf,
} from '../support/firefox';
import { contentOverflow } from '../support/boxes';

test.describe('in Firefox', () => {
  test('a breached password on the Rakuma login shows breached with its count; only the padded prefix leaves', async ({
    tab: page,
    world,
  }) => {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 251682);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    const { verdict, breachCount, frame } = await verdictOf(page);
    expect(verdict.split(' ')).toContain('breached');
    expect(breachCount).toBe('251682');
    expect(await frame.evaluate(() => document.querySelector('[role="status"]')?.textContent)).toContain(
      '251,682',
    );

    const ranges = world.rangeRequests();
    expect(ranges).toHaveLength(1);
    expect(ranges[0]?.method).toBe('GET');
    expect(ranges[0]?.url).toMatch(/^\/range\/[0-9A-F]{5}$/);
    expect(ranges[0]?.headers['add-padding']).toBe('true');
    // Nothing else left the browser but the fixture pages themselves.
    const others = world
      .nonBrowserRequests()
      .filter((entry) => entry.host !== 'api.pwnedpasswords.com' && entry.host !== 'fril.jp');
    expect(others).toEqual([]);
  });

  test('the same password on Rakuma and Mercari is reused (the wasm fingerprint runs)', async ({
    tab: page,
  }) => {
    const password = randomPassword();
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    expect((await verdictOf(page)).verdict).toBe('clean');
    await page.goto('https://login.jp.mercari.com/signin');
    await enterPassword(page, 'input[name="password"]', password);
    const { frame } = await verdictOf(page);
    await expect.poll(() => rootAttribute(frame, 'data-verdict'), { timeout: 15_000 }).toContain('reused');
  });

  test('a payout page shows the payout banner', async ({ tab: page }) => {
    await page.goto('https://fril.jp/mypage/bank');
    const banner = await extensionFrame(page, 'banner.html');
    expect(await rootAttribute(banner, 'data-page-kind')).toBe('payout');
    expect(await banner.evaluate(() => document.querySelector('main')?.textContent)).toContain('kana name');
  });

  test('a catalogued URL shape names the banner’s kind, else the page’s content does', async ({
    tab: page,
  }) => {
    // Devise's "change your password" form: its content reads as the password page.
    const corpus = `?corpus=${encodeURIComponent('pages/devise-i18n/devise-passwords-edit-en.html')}`;
    await page.goto(`https://fril.jp/x-corpus/page-1${corpus}`);
    const byContent = await extensionFrame(page, 'banner.html');
    expect(await rootAttribute(byContent, 'data-page-kind')).toBe('password-change');
    // The same page at Yahoo! JAPAN's payout settings address: the background's catalog decides.
    await page.goto(`https://edit.wallet.yahoo.co.jp/config/wallet_trans_update${corpus}`);
    const byCatalog = await extensionFrame(page, 'banner.html');
    expect(await rootAttribute(byCatalog, 'data-page-kind')).toBe('payout');
  });

  test('the popup shows the checklist and the last verdict for the site', async ({
    tab: page,
    world,
    firefox,
  }) => {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 3);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    const popup = await openExtensionPage(firefox, '/src/popup/popup.html?site=fril.jp');
    // The checklist renders after the popup has read its stores, a moment after the document loads.
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-check-id="breach-check"]') !== null))
      .toBe(true);
    const states = await popup.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll<HTMLElement>('[data-check-id]'), (item) => [
          item.dataset.checkId,
          item.dataset.state,
        ]),
      ),
    );
    expect(states['breach-check']).toBe('attention');
    expect(Object.keys(states).length).toBeGreaterThan(5);
    for (const state of Object.values(states)) expect(['done', 'todo', 'attention']).toContain(state);
    expect(
      await popup.evaluate(() => document.querySelector('[data-check-id="breach-check"]')?.textContent),
    ).toContain('Found in known breaches');
  });

  test('the response page names the Rakuma support channel', async ({ firefox }) => {
    const response = await openExtensionPage(firefox, '/src/pages/hijacked/hijacked.html?site=fril.jp');
    await expect
      .poll(() =>
        response.evaluate(() => document.querySelector('[data-support-contact]')?.textContent ?? ''),
      )
      .toContain('support@fril.jp');
  });
});

test.describe('in Firefox in Japanese', () => {
  test.use({ firefoxLocale: 'ja' });

  test('a breached password warning speaks Japanese and shows whole in its frame, on a desktop and a phone', async ({
    tab: page,
    world,
  }) => {
    const overflows: string[] = [];
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 360, height: 740 },
    ]) {
      await page.setViewport(viewport);
      const password = randomPassword();
      world.hibp.addBreachedPassword(password, 251682);
      await page.goto('https://fril.jp/login');
      await enterPassword(page, '#password', password);
      const { verdict, frame } = await verdictOf(page);
      expect(verdict.split(' ')).toContain('breached');
      expect(
        await frame.evaluate(() => document.documentElement.lang),
        'the language pack is missing? (Debian: firefox-esr-l10n-ja)',
      ).toBe('ja');
      expect(await frame.evaluate(() => document.querySelector('[role="status"]')?.textContent)).toMatch(
        /[ぁ-んァ-ン一-龯].*251,682|251,682.*[ぁ-んァ-ン一-龯]/,
      );
      const pixels = await frame.evaluate(contentOverflow);
      if (pixels > 0) overflows.push(`${viewport.width} px: ${pixels} px`);
    }
    expect(overflows).toEqual([]);
  });
});

test.describe('account sentinel in Firefox in Japanese', () => {
  test.use({ firefoxLocale: 'ja' });

  test('three changes at once on a phone: every fact listed, the title and answers in the frame', async ({
    tab: page,
  }) => {
    await page.setViewport({ width: 360, height: 740 });
    await page.goto('https://fril.jp/mypage/account');
    // The first sight is stored quietly; give the worker time to keep its digests.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await page.evaluate(() =>
      localStorage.setItem(
        'fixture-account',
        JSON.stringify({
          email: 'zq***@mail.ru',
          phone: '070-****-0000',
          address: '大阪府大阪市北区梅田9-9-9',
        }),
      ),
    );
    await page.reload();
    const frame = await extensionFrame(page, 'banner.html', 10_000, 'alert');
    expect(await rootAttribute(frame, 'data-changed-facts')).toMatch(/email.*phone|phone.*email/);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await frame.evaluate(() => document.querySelectorAll('[data-fact]').length)).toBe(3);
    // The frame's size never depends on the alert: the list scrolls and the answers stay put.
    const cut = await frame.evaluate(() =>
      [...document.querySelectorAll('[data-action], h1')].map(
        (element) => element.getBoundingClientRect().bottom - innerHeight,
      ),
    );
    expect(Math.max(...cut), 'pixels of the title or an answer below the frame').toBeLessThanOrEqual(0);
    // "It was me" accepts the new values: the alert closes and the next visit is silent.
    // The answer closes the frame, which may detach before the click call returns.
    await frame.click('[data-action="it-was-me"]').catch((error: unknown) => {
      if (!String(error).includes('detached')) throw error;
    });
    await expect
      .poll(async () => {
        for (const child of page.frames()) if ((await addressOf(child)).includes('alert=')) return true;
        return false;
      })
      .toBe(false);
    await page.reload();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await expect(extensionFrame(page, 'banner.html', 1_000, 'alert')).rejects.toThrow();
  });
});
