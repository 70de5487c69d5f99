import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

test('warning and banner pages pass axe and are keyboard reachable', async ({ page, extensionId }) => {
  const base = `chrome-extension://${extensionId}/src/pages`;
  await page.goto(
    `${base}/banner/banner.html?kind=payout&host=fril.jp&incident=none&frame=AAAAAAAAAAAAAAAAAAAAAA`,
  );
  await page.evaluate(() =>
    chrome.storage.session.set({
      'verdict:BBBBBBBBBBBBBBBBBBBBBB': {
        state: 'done',
        tokens: ['breached', 'reused'],
        breachCount: 1234,
        reusedOn: ['Mercari'],
        fieldRole: 'current',
        hostname: 'fril.jp',
        credentialGroup: 'rakuma',
        siteId: 'rakuma',
        checkedAt: Date.now(),
      },
    }),
  );
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id);
  expect(await serious()).toEqual([]);

  await page.goto(`${base}/warning/warning.html?token=BBBBBBBBBBBBBBBBBBBBBB&frame=CCCCCCCCCCCCCCCCCCCCCC`);
  await expect(page.locator('html')).toHaveAttribute('data-verdict', 'breached reused');
  await expect(page.locator('main')).toHaveAttribute('aria-label', 'Furima Guard password check');
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Change the password on this site' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Not now' })).toBeFocused();
});
