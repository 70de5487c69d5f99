import {
  expect,
  extensionFrame,
  hasExtensionFrame,
  randomPassword,
  test,
  topBannerKind,
  verdictOf,
  typeInto,
} from './support/fixtures';
import { overlaps } from './support/boxes';

test.describe('page banners', () => {
  test('on a phone the banner takes a corner clear of the login form', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('https://fril.jp/login');
    const banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('html')).toHaveAttribute('data-page-kind', 'login');
    const frameBox = await (await banner.frameElement()).boundingBox();
    const formBox = await page.locator('form:has(#password)').boundingBox();
    if (!frameBox || !formBox) throw new Error('banner or form not laid out');
    expect(
      overlaps(frameBox, formBox),
      `banner ${JSON.stringify(frameBox)} over form ${JSON.stringify(formBox)}`,
    ).toBe(false);
  });

  test('on a phone the banner makes way for a password field that arrives later', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('https://fril.jp/login/identifier-first');
    const banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('html')).toHaveAttribute('data-page-kind', 'login');
    await page.evaluate(() => (window as unknown as { askForPassword: () => void }).askForPassword());
    const frame = await banner.frameElement();
    await expect(async () => {
      const frameBox = await frame.boundingBox();
      const formBox = await page.locator('form:has(#password)').boundingBox();
      if (!frameBox || !formBox) throw new Error('banner or form not laid out');
      expect(
        overlaps(frameBox, formBox),
        `banner ${JSON.stringify(frameBox)} over form ${JSON.stringify(formBox)}`,
      ).toBe(false);
    }).toPass({ timeout: 5_000 });
  });

  test('payout banner asks whether the bank account and kana name are yours', async ({ page }) => {
    await page.goto('https://fril.jp/mypage/bank');
    const banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('html')).toHaveAttribute('data-page-kind', 'payout');
    await expect(banner.locator('main')).toContainText('kana name');
  });

  test('scrolling leaves a banner that stays in its corner untouched: the page hears no writes', async ({
    page,
  }) => {
    // In front: a background tab gets an animation frame about once a second.
    await page.bringToFront();
    await page.goto('https://fril.jp/mypage/bank');
    const banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('html')).toHaveAttribute('data-page-kind', 'payout');
    const writes = await page.evaluate(async () => {
      document.body.style.minHeight = '5000px';
      const ours = [...document.documentElement.children].filter(
        (child) => child !== document.head && child !== document.body,
      );
      let count = 0;
      const observer = new MutationObserver((records) => (count += records.length));
      for (const host of ours) observer.observe(host, { attributes: true });
      for (let y = 100; y <= 2_000; y += 100) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      observer.disconnect();
      return { hosts: ours.length, count };
    });
    expect(writes.hosts).toBeGreaterThan(0);
    expect(writes.count).toBe(0);
    // A host the page restyled is put back as it was at the next scroll, as before.
    const restored = await page.evaluate(async () => {
      const ours = [...document.documentElement.children].filter(
        (child): child is HTMLElement => child !== document.head && child !== document.body,
      );
      for (const host of ours) host.style.cssText = 'display:none';
      window.scrollTo(0, 100);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return ours.map((host) => getComputedStyle(host).display);
    });
    expect(restored).not.toContain('none');
  });

  test('follow a single-page app that only changes the text of its nodes', async ({ page }) => {
    await page.goto('https://fril.jp/busy/relabel');
    await page.waitForTimeout(1_000);
    expect(await topBannerKind(page)).toBeNull();
    await page.evaluate(() => (window as unknown as { relabel: () => void }).relabel());
    await expect.poll(() => topBannerKind(page)).toBe('email-change');
  });

  test('follow a wizard that shows its next step by a class alone', async ({ page }) => {
    await page.goto('https://fril.jp/busy/css-steps');
    await page.waitForTimeout(1_000);
    expect(await topBannerKind(page)).toBeNull();
    await page.evaluate(() => (window as unknown as { nextStep: () => void }).nextStep());
    await expect.poll(() => topBannerKind(page)).toBe('email-change');
  });

  test('follow single-page navigation in both directions', async ({ page }) => {
    await page.goto('https://fril.jp/mypage/settings');
    await page.waitForTimeout(1_000);
    expect(await topBannerKind(page)).toBeNull();
    await page.click('#to-password');
    await expect.poll(() => topBannerKind(page)).toBe('password-change');
    await page.click('#to-top');
    await expect.poll(() => topBannerKind(page)).toBeNull();
  });

  test('a dismissed banner stays dismissed on that site only', async ({ page }) => {
    await page.goto('https://fril.jp/mypage/address');
    const banner = await extensionFrame(page, 'banner.html');
    // The frame ignores clicks until it has seen nothing covers it (slow under load): click again.
    await expect(async () => {
      if (hasExtensionFrame(page, 'banner.html'))
        await banner
          .getByRole('button', { name: "Don't show again on this site" })
          .click({ timeout: 1_000 })
          .catch(() => undefined);
      expect(hasExtensionFrame(page, 'banner.html')).toBe(false);
    }).toPass({ timeout: 10_000 });
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(hasExtensionFrame(page, 'banner.html')).toBe(false);
    await page.goto('https://www.mercari.com/mypage/deliver_address/');
    await expect.poll(() => topBannerKind(page)).toBe('address');
  });

  test('login forms inside same-origin iframes are watched', async ({ page, world }) => {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 12);
    await page.goto('https://www.vinted.fr/account/connect', { waitUntil: 'load' });
    const login = page.frameLocator('iframe[title="Log in"]');
    await expect(login.locator('#pw')).toBeVisible();
    await login.locator('#pw').click();
    await page.keyboard.type(password);
    await page.keyboard.press('Tab');
    // The iframe is too small to hold the warning without covering its form: the top page shows it.
    const { breachCount, frame } = await verdictOf(page);
    expect(frame.parentFrame()).toBe(page.mainFrame());
    expect(breachCount).toBe('12');
  });

  test('multi-step login: the password revealed later is checked', async ({ page }) => {
    await page.goto('https://login.account.rakuten.com/sso/authorize');
    await typeInto(page, '#user_id', 'taro@example.jp');
    await page.click('#next');
    await page.keyboard.type(randomPassword());
    await page.keyboard.press('Enter');
    expect((await verdictOf(page)).verdict).toBe('clean');
  });

  test('passwords in open shadow roots are checked; honeypots and PIN boxes are not', async ({
    page,
    world,
  }) => {
    await page.goto('https://auth.leboncoin.fr/login/');
    await page.locator('lbc-login #pw').click();
    await page.keyboard.type(randomPassword());
    await page.keyboard.press('Tab');
    expect((await verdictOf(page)).verdict).toBe('clean');
    world.requests.length = 0;
    await page.goto('https://www.carousell.sg/settings/memorable');
    await page.click('input[name="pin"]');
    await page.keyboard.type('1234');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1_000);
    expect(hasExtensionFrame(page, 'warning.html')).toBe(false);
    expect(world.rangeRequests()).toEqual([]);
  });

  test('page-dispatched events never start a check', async ({ page, world }) => {
    await page.goto('https://fril.jp/login');
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#password');
      if (!field) return;
      field.value = 'synthetic-Secret-1';
      field.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      field.form?.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      document
        .querySelector<HTMLButtonElement>('button[type="submit"]')
        ?.addEventListener('click', (event) => event.preventDefault());
      document.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    });
    await page.waitForTimeout(1_500);
    expect(hasExtensionFrame(page, 'warning.html')).toBe(false);
    expect(world.rangeRequests()).toEqual([]);
  });
});
