import { enterPassword, expect, extensionFrame, hasExtensionFrame, test } from './support/fixtures';

test.describe('the built extension in Chromium', () => {
  test('registers its service worker', async ({ serviceWorker, extensionId }) => {
    expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/service-worker-loader.js`);
  });

  test('popup names a catalogued site, in English', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    await expect(page.locator('h1')).toHaveText('Rakuma');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=example.com`);
    await expect(page.locator('h1')).toHaveText('Not a catalogued marketplace');
  });

  test('content script runs on a Rakuma page and not on other sites', async ({ page, world }) => {
    await page.goto('https://fril.jp/login');
    const banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('html')).toHaveAttribute('data-page-kind', 'login');

    world.hibp.addBreachedPassword('password123', 251682);
    await page.goto('https://example.com/login');
    await enterPassword(page, '#password', 'password123');
    await page.waitForTimeout(1500);
    expect(hasExtensionFrame(page, 'warning.html')).toBe(false);
    expect(hasExtensionFrame(page, 'banner.html')).toBe(false);
    expect(world.rangeRequests()).toHaveLength(0);
  });
});

test.describe('in Japanese', () => {
  test.use({ language: 'ja' });

  test('popup speaks Japanese', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    await expect(page.locator('h1')).toHaveText('ラクマ');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('[data-action="hijacked"]')).toContainText('乗っ取られた');
  });
});
