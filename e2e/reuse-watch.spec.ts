import {
  DIST,
  enterPassword,
  expect,
  hasExtensionFrame,
  randomPassword,
  test,
  verdictOf,
  typeInto,
} from './support/fixtures';

// Automation cannot accept the browser's permission prompt, so the watch is tested in the
// watch-test build, which holds the all-sites permission from install (see README).
test.use({ extensionPath: DIST.replace(/dist$/, 'dist-watch-test') });

test('with the watch on, a Rakuma password typed on another site is the phishing warning; off, nothing', async ({
  page,
  extensionId,
  world,
}) => {
  const password = randomPassword();
  await page.goto('https://fril.jp/login');
  await typeInto(page, '#email', 'taro@example.jp');
  await enterPassword(page, '#password', password);
  await verdictOf(page);

  // The account record lands after the slow fingerprint; the options page shows what is stored.
  await expect(async () => {
    await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
    await expect(page.locator('[data-accounts] tr[data-account-group="rakuma"]')).toContainText(
      'ta***@example.jp',
      {
        timeout: 1_000,
      },
    );
  }).toPass({ timeout: 15_000 });

  await page.locator('[data-setting="watch-all-sites"]').check();
  await expect(page.locator('[data-setting="watch-all-sites"]')).toBeChecked();

  await expect(async () => {
    await page.goto('https://example.com/login');
    await enterPassword(page, '#password', password);
    const { verdict, frame } = await verdictOf(page, 5_000);
    expect(verdict).toBe('reused');
    await expect(frame.locator('[role="status"]')).toContainText(
      'You just entered your Rakuma password on example.com',
    );
  }).toPass({ timeout: 20_000 });
  // The watch never asks the range API about other sites' passwords.
  expect(world.rangeRequests()).toHaveLength(1);

  await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
  await page.locator('[data-setting="watch-all-sites"]').uncheck();
  await page.waitForTimeout(500);
  await page.goto('https://example.com/login');
  await enterPassword(page, '#password', password);
  await page.waitForTimeout(2_000);
  expect(hasExtensionFrame(page, 'warning.html')).toBe(false);
});

test('a different password on another site raises nothing', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
  await page.locator('[data-setting="watch-all-sites"]').check();
  await page.goto('https://fril.jp/login');
  await enterPassword(page, '#password', randomPassword());
  await verdictOf(page);
  await page.goto('https://example.com/login');
  await enterPassword(page, '#password', randomPassword());
  await page.waitForTimeout(2_000);
  expect(hasExtensionFrame(page, 'warning.html')).toBe(false);
});
