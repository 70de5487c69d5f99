import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { enterPassword, expect, extensionFrame, randomPassword, test, verdictOf } from './support/fixtures';
import { contentOverflow, overlaps } from './support/boxes';

const WIDTHS = [360, 1280] as const;
const SHOTS = 'docs/screenshots';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const language of ['en', 'ja'] as const) {
  test.describe(`first-run screenshots (${language})`, () => {
    test.use({ language });

    test('welcome page: axe clean, no horizontal overflow', async ({ page, extensionId }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`chrome-extension://${extensionId}/src/pages/welcome/welcome.html`);
        await expect(page.locator('[data-covered-sites] li').first()).toBeVisible();
        await expect(page.locator('[data-setting="weekly-check-in"]')).toBeEnabled();
        expect(await seriousViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/welcome-${language}-${width}.png`, fullPage: true });
      }
    });

    test('popup on and off a marketplace: axe clean, never an empty panel', async ({
      page,
      world,
      extensionId,
    }) => {
      const password = randomPassword();
      world.hibp.addBreachedPassword(password, 1200);
      await page.goto('https://fril.jp/login');
      await enterPassword(page, '#password', password);
      await verdictOf(page);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 600 });
        await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=example.com`);
        await expect(page.locator('[data-overview-site="rakuma"]')).toHaveAttribute(
          'data-attention',
          /breached/,
        );
        await expect(page.locator('[data-other-site]')).toHaveCount(16);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/popup-off-${language}-${width}.png` });

        await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
        await expect(page.locator('[data-check-id="breach-check"]')).toHaveAttribute(
          'data-state',
          'attention',
        );
        expect(await seriousViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/popup-on-${language}-${width}.png` });
      }
    });

    test('warning beside the password field', async ({ page, world }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 640 });
        const password = randomPassword();
        world.hibp.addBreachedPassword(password, 52_000);
        await page.goto('https://fril.jp/login');
        await page.locator('#email').click();
        await page.keyboard.type('hanako@example.jp');
        await enterPassword(page, '#password', password);
        const { verdict, frame } = await verdictOf(page);
        expect(verdict).toContain('breached');
        // The page's banner makes way: one of our frames over another would stop its buttons.
        const warningBox = await (await frame.frameElement()).boundingBox();
        const bannerBox = await (
          await (await extensionFrame(page, 'banner.html')).frameElement()
        ).boundingBox();
        if (!warningBox || !bannerBox) throw new Error('frames not laid out');
        expect(
          !overlaps(bannerBox, warningBox),
          `banner ${JSON.stringify(bannerBox)}, warning ${JSON.stringify(warningBox)}`,
        ).toBe(true);
        // Neither frame pauses its buttons for the other (nothing of one, its shadow included, covers
        // the other): the guard reports after 100 ms of stable layout.
        await page.waitForTimeout(500);
        for (const name of ['banner.html', 'warning.html'] as const)
          await expect((await extensionFrame(page, name)).locator('.obscured')).toHaveCount(0);
        // The verdict's words, the link and both buttons show in the frame, unscrolled.
        expect(await frame.evaluate(contentOverflow), `warning content past its frame at ${width} px`).toBe(
          0,
        );
        await page.screenshot({ path: `${SHOTS}/warning-${language}-${width}.png` });
      }
    });
  });
}
