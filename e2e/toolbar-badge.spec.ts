import type { BrowserContext, Page } from '@playwright/test';
import { enterPassword, expect, randomPassword, test, verdictOf } from './support/fixtures';

/** The badge text and title the service worker set for the tab showing `page`. */
async function badgeOf(context: BrowserContext, page: Page): Promise<{ text: string; title: string }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = page.url();
  // Without the `tabs` permission a tab's URL is visible only on hosts we hold permission for (the
  // marketplaces); every other tab shows up without one.
  const badges = await worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const matching = tabs.filter((tab) =>
      wanted.startsWith('https://example.com') ? !tab.url : tab.url === wanted,
    );
    return Promise.all(
      matching.map(async (tab) => ({
        text: await chrome.action.getBadgeText({ tabId: tab.id }),
        title: await chrome.action.getTitle({ tabId: tab.id }),
      })),
    );
  }, url);
  expect(badges.length, `tabs showing ${url}`).toBeGreaterThan(0);
  // Every hidden tab is "another tab": they all carry the same badge.
  expect(new Set(badges.map((badge) => JSON.stringify(badge))).size).toBe(1);
  return badges[0]!;
}

const popupUrl = (extensionId: string, site: string) =>
  `chrome-extension://${extensionId}/src/popup/popup.html?site=${site}`;

test.describe('toolbar badge', () => {
  test('a breached password marks the site "!" and counts on other tabs; a clean login and the critical steps clear it', async ({
    context,
    page,
    world,
    extensionId,
  }) => {
    const other = await context.newPage();
    await other.goto('https://example.com/login');
    expect((await badgeOf(context, other)).text).toBe('');

    const breached = randomPassword();
    world.hibp.addBreachedPassword(breached, 321);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', breached);
    expect((await verdictOf(page)).verdict).toContain('breached');

    await expect.poll(async () => (await badgeOf(context, page)).text).toBe('!');
    const site = await badgeOf(context, page);
    expect(site.title).toContain('Rakuma');
    expect(site.title).toContain('password found in a breach');
    await expect.poll(async () => (await badgeOf(context, other)).text).toBe('1');
    expect((await badgeOf(context, other)).title).toContain('1 of your marketplace accounts');

    // A clean password clears the breach, but the two critical steps are still open.
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    expect((await verdictOf(page)).verdict).toBe('clean');
    await expect.poll(async () => (await badgeOf(context, page)).title).not.toContain('breach');
    expect((await badgeOf(context, page)).text).toBe('!');
    expect((await badgeOf(context, page)).title).toContain('two-factor');

    const popup = await context.newPage();
    await popup.goto(popupUrl(extensionId, 'fril.jp'));
    for (const id of ['unique-password', 'two-factor']) {
      await popup.locator(`[data-check-id="${id}"]`).getByRole('checkbox').check();
      await expect(popup.locator(`[data-check-id="${id}"]`)).toHaveAttribute('data-state', 'done');
    }
    await popup.close();
    await expect.poll(async () => (await badgeOf(context, page)).text).toBe('');
    await expect.poll(async () => (await badgeOf(context, other)).text).toBe('');
    expect((await badgeOf(context, other)).title).toContain('nothing needs your attention');
  });

  test('an open incident marks the site until it is closed; the badge follows tab switches', async ({
    context,
    page,
    extensionId,
  }) => {
    await page.goto('https://jp.mercari.com/search');
    expect((await badgeOf(context, page)).text).toBe('');
    const response = await context.newPage();
    await response.goto(
      `chrome-extension://${extensionId}/src/pages/hijacked/hijacked.html?site=mercari.com&id=mercari-jp`,
    );
    await expect(response.locator('main')).toHaveAttribute('data-incident-state', 'open');
    await expect.poll(async () => (await badgeOf(context, page)).text).toBe('!');
    expect((await badgeOf(context, page)).title).toContain('takeover response open');
    // Another marketplace tab, opened later, counts the incident rather than marking itself.
    const ebay = await context.newPage();
    await ebay.goto('https://www.ebay.com/sch/i.html');
    await expect.poll(async () => (await badgeOf(context, ebay)).text).toBe('1');

    await response.locator('[data-action="close-incident"]').click();
    await expect(response.locator('main')).toHaveAttribute('data-incident-state', 'closed');
    await expect.poll(async () => (await badgeOf(context, page)).text).toBe('');
    await expect.poll(async () => (await badgeOf(context, ebay)).text).toBe('');
  });
});

test.describe('toolbar badge in Japanese', () => {
  test.use({ language: 'ja' });

  test('the title speaks Japanese', async ({ context, page, world }) => {
    const breached = randomPassword();
    world.hibp.addBreachedPassword(breached, 12);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', breached);
    await verdictOf(page);
    await expect.poll(async () => (await badgeOf(context, page)).text).toBe('!');
    expect((await badgeOf(context, page)).title).toContain('ラクマで確認が必要です');
    expect((await badgeOf(context, page)).title).toContain('パスワードが流出しています');
  });
});
