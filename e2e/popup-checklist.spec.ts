import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { enterPassword, expect, randomPassword, test, verdictOf, typeInto } from './support/fixtures';

const popupUrl = (extensionId: string, site: string) =>
  `chrome-extension://${extensionId}/src/popup/popup.html?site=${site}`;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.length}`);
}

test.describe('popup hardening checklist', () => {
  test('says when the browser withholds the marketplaces and the range API, and offers them back', async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await page.goto(popupUrl(extensionId, 'fril.jp'));
    await expect(page.locator('[data-check-id="breach-check"]')).toBeVisible();
    await expect(page.locator('[data-site-access="granted"]')).toHaveCount(1);
    await expect(page.locator('[data-site-access="withheld"]')).toHaveCount(0);

    // What the site-access menu, or an older version's "Delete all data", did in Chromium.
    await serviceWorker.evaluate(() => chrome.permissions.remove({ origins: ['https://*/*'] }));
    await page.reload();
    const notice = page.locator('[data-site-access="withheld"]');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText('cannot warn you there');
    await expect(notice.locator('[data-action="grant-site-access"]')).toHaveText('Allow again');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a breached login turns the breach item to attention', async ({ page, world, extensionId }) => {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 4821);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    await page.goto(popupUrl(extensionId, 'fril.jp'));
    await expect(page.locator('[data-check-id="breach-check"]')).toHaveAttribute('data-state', 'attention');
  });

  test('a clean, unique login marks the automatic items done; links come from the catalog', async ({
    page,
    extensionId,
  }) => {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    await verdictOf(page);
    await page.goto(popupUrl(extensionId, 'fril.jp'));
    for (const id of ['breach-check', 'reuse-check', 'recent-check'])
      await expect(page.locator(`[data-check-id="${id}"]`)).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-check-id="support-channel"] a')).toHaveAttribute(
      'href',
      'mailto:support@fril.jp',
    );
    await expect(page.locator('[data-check-id="linked-logins"] a')).toHaveAttribute(
      'href',
      'https://profile.id.rakuten.co.jp/account-security',
    );
    await page.goto(popupUrl(extensionId, 'ebay.com'));
    await expect(page.locator('[data-check-id="unique-password"] a')).toHaveAttribute(
      'href',
      'https://accounts.ebay.com/acctsec/security-center/chngpwd',
    );
    await expect(page.locator('[data-check-id="two-factor"] a')).toHaveAttribute(
      'href',
      /ebay\.com\/help\/account\/protecting-account/,
    );
  });

  test('a manual tick persists across reopening the popup and a service-worker restart', async ({
    page,
    context,
    extensionId,
  }) => {
    await page.goto(popupUrl(extensionId, 'fril.jp'));
    const item = page.locator('[data-check-id="payout-account"]');
    await expect(item).toHaveAttribute('data-state', 'todo');
    await item.getByRole('checkbox').check();
    await expect(item).toHaveAttribute('data-state', 'done');
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto('about:blank');
    await page.goto(popupUrl(extensionId, 'fril.jp'));
    await expect(page.locator('[data-check-id="payout-account"]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-progress]')).toHaveAttribute('data-progress', /^1\/12$/);
  });

  test("always offers the hijacked button; on other sites explains and lists the user's marketplaces", async ({
    page,
    extensionId,
  }) => {
    await page.goto('https://fril.jp/login');
    await typeInto(page, '#email', 'taro@example.jp');
    await enterPassword(page, '#password', randomPassword());
    await verdictOf(page);
    await expect(async () => {
      await page.goto(popupUrl(extensionId, 'example.com'));
      await expect(page.locator('.your-sites li a')).toHaveText(['Rakuma'], { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.locator('h1')).toHaveText('Not a catalogued marketplace');
    await expect(page.locator('[data-action="hijacked"]')).toBeVisible();
  });

  test('is accessible and fits at 200% zoom (English screenshot)', async ({ page, extensionId }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(popupUrl(extensionId, 'fril.jp'));
    await expect(page.locator('[data-check-id="support-channel"]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/popup-en.png' });
    // At 200% zoom Chrome's largest popup (800×600 device pixels) is 400×300 CSS pixels.
    await page.setViewportSize({ width: 400, height: 300 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('[data-action="hijacked"]')).toBeInViewport();
    await page.locator('[data-check-id="support-channel"] a').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-check-id="support-channel"] a')).toBeInViewport();
  });
});

test.describe('popup in Japanese', () => {
  test.use({ language: 'ja' });

  test('speaks Japanese without overflowing, and passes axe (Japanese screenshot)', async ({
    page,
    extensionId,
  }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(popupUrl(extensionId, 'fril.jp'));
    await expect(page.locator('[data-check-id="payout-account"]')).toContainText('振込先口座');
    await expect(page.locator('[data-action="hijacked"]')).toContainText('乗っ取られた');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/popup-ja.png' });
  });
});
