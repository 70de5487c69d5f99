import { createHash } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import {
  enterPassword,
  expect,
  extensionFrames,
  randomPassword,
  test,
  typeInto,
  verdictOf,
} from './support/fixtures';
import { dumpExtensionStorage } from './support/storage-scan';

async function logIn(
  page: import('@playwright/test').Page,
  url: string,
  user: string,
  userField: string,
  field: string,
  password: string,
) {
  await page.goto(url);
  // A warning carried over from the previous login of this tab (same credential group) is not this one's.
  await page.waitForTimeout(300);
  const carriedOver = extensionFrames(page, 'warning.html');
  await typeInto(page, userField, user);
  await enterPassword(page, field, password);
  return verdictOf(page, 15_000, carriedOver);
}

test.describe('local reuse detection', () => {
  test('the Rakuma password entered on Mercari is reused, naming Rakuma; nothing secret is stored', async ({
    page,
    serviceWorker,
  }) => {
    const password = randomPassword();
    const rakuma = await logIn(
      page,
      'https://fril.jp/login',
      'taro.yamada@example.jp',
      '#email',
      '#password',
      password,
    );
    expect(rakuma.verdict).toBe('clean');
    await expect
      .poll(async () => (await dumpExtensionStorage(serviceWorker)).includes('ta***@example.jp'))
      .toBe(true);

    const mercari = await logIn(
      page,
      'https://login.jp.mercari.com/signin',
      'taro.yamada@example.jp',
      'input[name="emailOrPhone"]',
      'input[name="password"]',
      password,
    );
    await expect
      .poll(async () => (await mercari.frame.locator('html').getAttribute('data-verdict'))?.split(' '))
      .toContain('reused');
    await expect(mercari.frame.locator('[role="status"]')).toContainText('Rakuma');

    const stored = await dumpExtensionStorage(serviceWorker);
    const sha1 = createHash('sha1').update(password).digest('hex');
    const salt = JSON.parse(stored)[0].installSalt as string;
    const fullFingerprint = await argon2id({
      password,
      salt: Buffer.from(salt, 'base64'),
      memorySize: 19_456,
      iterations: 2,
      parallelism: 1,
      hashLength: 32,
      outputType: 'hex',
    });
    for (const secret of [
      password,
      sha1,
      sha1.toUpperCase(),
      fullFingerprint,
      fullFingerprint.slice(0, 16),
      'taro.yamada@example.jp',
    ]) {
      expect(stored.includes(secret), `storage holds ${secret.slice(0, 6)}…`).toBe(false);
    }
    expect(stored).toContain(fullFingerprint.slice(0, 8)); // the truncated fingerprint is what is kept
  });

  test('one password on two eBay country domains is not reuse', async ({ page }) => {
    const password = randomPassword();
    await logIn(page, 'https://signin.ebay.com/signin', 'seller@example.com', '#userid', '#pass', password);
    const germany = await logIn(
      page,
      'https://signin.ebay.de/signin',
      'seller@example.com',
      'input[name="userid"]',
      '#pass',
      password,
    );
    await page.waitForTimeout(1_500); // give the fingerprint time to finish
    expect(await germany.frame.locator('html').getAttribute('data-verdict')).toBe('clean');
  });

  test('a service worker stopped between login and check still yields a verdict', async ({
    page,
    context,
    extensionId,
  }) => {
    await page.goto('https://fril.jp/login');
    // Stop the worker the way Chrome does when it idles; the next message must wake a fresh one.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await enterPassword(page, '#password', randomPassword());
    expect((await verdictOf(page)).verdict).toBe('clean');
    expect(extensionId).toBeTruthy();
  });
});
