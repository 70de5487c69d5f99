import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { auditAfterTest } from './support/audit';
import {
  DIST,
  enterPassword,
  expect,
  launchWithExtension,
  randomPassword,
  test,
  verdictOf,
} from './support/fixtures';
import { previousReleaseDist } from './support/previous-release';
import { alertFrame, factsConfirmed, setServerAccount } from './support/sentinel';

async function workerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The database's version, read without opening it (opening would create an empty one). */
async function databaseVersion(worker: Worker): Promise<number | undefined> {
  return worker.evaluate(
    async () => (await indexedDB.databases()).find((info) => info.name === 'furima-guard')?.version,
  );
}

/**
 * A store update, end to end: the previous release (IndexedDB version 2) fills a profile, then this
 * build loads from the same path (so the same extension id) over the same profile.
 */
test('an upgrade from the previous release keeps accounts, ticks and the open incident, and they work', async ({
  world,
}, testInfo) => {
  test.setTimeout(180_000);
  const previous = previousReleaseDist();
  const home = mkdtempSync(join(tmpdir(), 'furima-upgrade-'));
  const extension = join(home, 'extension');
  const profile = join(home, 'profile');
  world.reset();
  try {
    cpSync(previous, extension, { recursive: true });
    let context = await launchWithExtension(world, 'en', extension, profile);
    let worker = await workerOf(context);
    const extensionId = new URL(worker.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    const password = randomPassword();
    await page.goto('https://fril.jp/login');
    await page.fill('#email', 'hanako@example.jp');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    await page.goto('https://login.jp.mercari.com/signin');
    await enterPassword(page, 'input[name="password"]', randomPassword());
    await verdictOf(page);
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    await page.locator('[data-check-id="payout-account"]').getByRole('checkbox').check();
    await expect(page.locator('[data-check-id="payout-account"]')).toHaveAttribute('data-state', 'done');
    await page.goto(`chrome-extension://${extensionId}/src/pages/hijacked/hijacked.html?site=fril.jp`);
    await page.locator('[data-step="contact-support"] input[type="checkbox"]').first().check();
    await page.fill('input[name="what"]', 'Login alert e-mail from Rakuma, unread');
    await page.getByRole('button', { name: 'Add to timeline' }).click();
    await expect(page.locator('[data-timeline] li')).toHaveCount(3);
    expect(await databaseVersion(worker)).toBe(2);
    await auditAfterTest(world, context, extensionId, `${testInfo.testId}-previous`);
    await context.close();

    // The store replaces the files in place; the profile stays.
    rmSync(extension, { recursive: true, force: true });
    cpSync(DIST, extension, { recursive: true });
    // A store update always carries a higher version; without one Chromium keeps the old worker.
    const manifestPath = join(extension, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    world.reset();
    context = await launchWithExtension(world, 'en', extension, profile);
    worker = await workerOf(context);
    expect(new URL(worker.url()).host).toBe(extensionId);
    // Chromium starts an unpacked extension's cached worker script even though the files changed;
    // the store's update reloads the extension, and so does this.
    const reloaded = context.waitForEvent('serviceworker');
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    worker = await reloaded;
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    await expect(again.locator('[data-check-id="payout-account"]')).toHaveAttribute('data-state', 'done');
    await expect(again.locator('[data-incident-progress]')).toHaveAttribute('data-incident-progress', /^1\//);
    await expect(again.locator('.your-sites li')).toContainText(['Mercari']);
    expect(await databaseVersion(worker)).toBe(3);
    await again.goto(`chrome-extension://${extensionId}/src/pages/hijacked/hijacked.html?site=fril.jp`);
    await expect(again.locator('[data-step="contact-support"] input[type="checkbox"]').first()).toBeChecked();
    await expect(again.locator('[data-timeline]')).toContainText('Login alert e-mail from Rakuma, unread');

    // And it works: reuse against the kept account, and the sentinel on the upgraded database.
    await again.goto('https://signin.ebay.com/signin');
    await enterPassword(again, 'input[type="password"]', password);
    const { frame } = await verdictOf(again);
    await expect(frame.locator('html')).toHaveAttribute('data-verdict', /\breused\b/);
    await again.goto('https://fril.jp/mypage/account');
    await factsConfirmed(worker, 3, 0);
    await setServerAccount(again, 'https://fril.jp/mypage/account', { email: 'zq***@mail.ru' });
    await again.reload();
    await expect((await alertFrame(again)).locator('html')).toHaveAttribute('data-changed-facts', 'email');
    await auditAfterTest(world, context, extensionId, testInfo.testId);
    await context.close();
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
