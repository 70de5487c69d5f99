import {
  enterPassword,
  expect,
  type FirefoxWithExtension,
  openExtensionPage,
  overflowsHorizontally,
  randomPassword,
  rootAttribute,
  test,
  verdictOf,
} from '../support/firefox';
import { frameSizeFor } from '../../src/content/frame-sizes';
import { contentOverflow } from '../support/boxes';
import { PAGE_KINDS } from '../../src/model/page-kinds';

/** A small Android phone, in CSS pixels: Firefox for Android shows the popup and pages as tabs. */
const PHONE = { width: 360, height: 740 };

for (const firefoxLocale of ['en-US', 'ja']) {
  test.describe(`in Firefox at 360 px wide (Firefox for Android), ${firefoxLocale}`, () => {
    test.use({ firefoxLocale });
    for (const [name, path] of [
      ['popup', '/src/popup/popup.html?site=fril.jp'],
      ['response page', '/src/pages/hijacked/hijacked.html?site=fril.jp'],
      ['options', '/src/pages/options/options.html'],
    ] as const) {
      test(`the ${name} fits the screen without sideways scrolling`, async ({ firefox }, testInfo) => {
        const page = await openExtensionPage(firefox, path, PHONE);
        // Let the page render its content (the popup reads storage first).
        await expect
          .poll(() => page.evaluate(() => document.querySelector('main, form') !== null))
          .toBe(true);
        await expect.poll(() => overflowsHorizontally(page)).toBe(false);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(firefoxLocale.slice(0, 2));
        // Kept in test-results/firefox/ to look at; attached to the report as well.
        const screenshot = testInfo.outputPath(`${name.replace(' ', '-')}-360px-${firefoxLocale}.png`);
        await page.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
        await testInfo.attach(`${name} at 360 px`, { path: screenshot, contentType: 'image/png' });
      });
    }
  });
}

/**
 * Every banner, for every kind and incident state, at the content script's own frame size for a
 * desktop and a phone: how far its content runs past the frame (text and buttons must be unscrolled).
 */
async function bannerOverflows(firefox: FirefoxWithExtension, language: 'en' | 'ja'): Promise<string[]> {
  const overflows: string[] = [];
  for (const viewportWidth of [1280, PHONE.width]) {
    const size = frameSizeFor('banner', viewportWidth);
    for (const kind of PAGE_KINDS)
      for (const incident of ['none', 'open']) {
        const query = new URLSearchParams({ kind, host: 'jp.mercari.com', incident, frame: 'f'.repeat(16) });
        const page = await openExtensionPage(firefox, `/src/pages/banner/banner.html?${query}`, size);
        await expect
          .poll(() => page.evaluate(() => document.querySelector('main .actions button') !== null))
          .toBe(true);
        // Not a vacuous pass: the banner must be in the language asked for (Japanese needs the pack).
        expect(
          await page.evaluate(() => document.documentElement.lang),
          'the language pack is missing? (Debian: firefox-esr-l10n-ja)',
        ).toBe(language);
        const pixels = await page.evaluate(contentOverflow);
        if (pixels > 0) overflows.push(`${viewportWidth} px, ${kind}, incident ${incident}: ${pixels} px`);
        await page.close();
      }
  }
  return overflows;
}

test('every banner fits its frame in Firefox, on a desktop and on a phone: text and buttons unscrolled', async ({
  firefox,
}) => {
  expect(await bannerOverflows(firefox, 'en')).toEqual([]);
});

test.describe('in Firefox in Japanese', () => {
  test.use({ firefoxLocale: 'ja' });

  test('every banner fits its frame, on a desktop and on a phone: text and buttons unscrolled', async ({
    firefox,
  }) => {
    expect(await bannerOverflows(firefox, 'ja')).toEqual([]);
  });
});

test.describe('options in Firefox', () => {
  test.use({ managedPolicy: { hibpEndpoint: 'https://hibp-mirror.example/range' } });

  test('an administrator policy (managed storage manifest) sets the range endpoint', async ({ firefox }) => {
    const options = await openExtensionPage(firefox, '/src/pages/options/options.html');
    await expect
      .poll(() => options.evaluate(() => document.querySelector('.policy')?.textContent ?? ''))
      .toContain('https://hibp-mirror.example/range');
  });
});

test('the opt-in watch: switched on in options, a Rakuma password typed on another site is the phishing warning', async ({
  firefox,
  tab,
  world,
}) => {
  const password = randomPassword();
  await tab.goto('https://fril.jp/login');
  await tab.type('#email', 'taro@example.jp');
  await enterPassword(tab, '#password', password);
  await verdictOf(tab);

  // The account record lands after the slow fingerprint; the options page lists what is stored.
  let options = await openExtensionPage(firefox, '/src/pages/options/options.html');
  await expect(async () => {
    await options.close();
    options = await openExtensionPage(firefox, '/src/pages/options/options.html');
    await expect
      .poll(
        () =>
          options.evaluate(
            () =>
              document.querySelector('[data-accounts] tr[data-account-group="rakuma"]')?.textContent ?? '',
          ),
        { timeout: 1_000 },
      )
      .toContain('ta***@example.jp');
  }).toPass({ timeout: 15_000 });
  // A real click: Firefox grants the optional all-sites permission (prompt switched off in tests).
  await options.click('[data-setting="watch-all-sites"]');
  await expect
    .poll(() =>
      options.evaluate(
        () => document.querySelector<HTMLInputElement>('[data-setting="watch-all-sites"]')?.checked,
      ),
    )
    .toBe(true);

  // Focus events reach only the tab in front.
  await tab.bringToFront();
  await expect(async () => {
    await tab.goto('https://example.com/login');
    await enterPassword(tab, '#password', password);
    const { frame } = await verdictOf(tab);
    expect(await rootAttribute(frame, 'data-verdict', 5_000)).toBe('reused');
  }).toPass({ timeout: 20_000 });
  // The watch never asks the range API about other sites' passwords.
  expect(world.rangeRequests()).toHaveLength(1);

  // Switched off, Firefox takes back the all-sites permission alone: the marketplace and the range
  // API stay the extension's (Chromium would revoke them too, src/platform/permissions.ts).
  await options.bringToFront();
  await options.click('[data-setting="watch-all-sites"]');
  const granted = () =>
    options.evaluate(() =>
      Promise.all(
        ['https://*/*', 'https://fril.jp/*', 'https://api.pwnedpasswords.com/*'].map((origin) =>
          browser.permissions.contains({ origins: [origin] }),
        ),
      ),
    );
  await expect.poll(granted).toEqual([false, true, true]);
  await tab.bringToFront();
  await tab.goto('https://fril.jp/login');
  await enterPassword(tab, '#password', randomPassword());
  const { frame } = await verdictOf(tab);
  expect(await rootAttribute(frame, 'data-verdict', 5_000)).toBe('clean');
});
