import { mkdtempSync, rmSync } from 'node:fs';
import { auditAfterTest } from './support/audit';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST,
  enterPassword,
  expect,
  launchWithExtension,
  randomPassword,
  test,
  verdictOf,
  typeInto,
} from './support/fixtures';

// Further attacks, each with its control build: e2e/security-claims.spec.ts.
test.describe('a hostile page learns nothing and controls nothing', () => {
  test('removing our host element puts it back', async ({ page }) => {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    await verdictOf(page);
    await page.evaluate(() => {
      for (const element of Array.from(document.documentElement.children))
        if (element !== document.head && element !== document.body) element.remove();
    });
    await page.waitForTimeout(300);
    const { verdict } = await verdictOf(page);
    expect(verdict).toBe('clean');
    expect(await page.evaluate(() => document.documentElement.children.length)).toBeGreaterThan(2);
  });
});

test('a browser restart keeps accounts and checklist ticks', async ({ world }, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'furima-guard-profile-'));
  try {
    let context = await launchWithExtension(world, 'en', DIST, profile);
    let page = context.pages()[0] ?? (await context.newPage());
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await page.goto('https://fril.jp/login');
    await typeInto(page, '#email', 'restart@example.jp');
    await enterPassword(page, '#password', randomPassword());
    await verdictOf(page);
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    await page.locator('[data-check-id="sales-balance"]').getByRole('checkbox').check();
    await expect(page.locator('[data-check-id="sales-balance"]')).toHaveAttribute('data-state', 'done');
    await page.waitForTimeout(1_000); // the account record lands after the slow fingerprint
    await context.close();

    context = await launchWithExtension(world, 'en', DIST, profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    await expect(page.locator('[data-check-id="sales-balance"]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-check-id="breach-check"]')).toHaveAttribute('data-state', 'done');
    await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
    await expect(page.locator('[data-accounts] tr[data-account-group="rakuma"]')).toContainText(
      're***@example.jp',
    );
    // This test runs its own browsers, so it runs the leak audit itself, over the restarted profile.
    await auditAfterTest(world, context, extensionId, testInfo.testId);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
