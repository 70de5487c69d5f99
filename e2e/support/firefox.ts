import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { auditRequests, auditStored, pageStorage, recordAudit } from './audit';
import { LoopbackWorld } from './loopback-world';
import { remember } from './secrets';
import { storageDump } from './storage-scan';

/**
 * Real Firefox (the system `firefox-esr`, or `FIREFOX_PATH`) driven over WebDriver BiDi by
 * puppeteer-core, with the built `dist-firefox/` installed as a temporary add-on. Playwright's own
 * Firefox is a patched build it would download; this is the browser users run.
 */
export const DIST_FIREFOX = new URL('../../dist-firefox/', import.meta.url).pathname.replace(/\/$/, '');
export const GECKO_ID = 'furima-guard@furima-guard';

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
  if (!found)
    throw new Error('No Firefox found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH.');
  return found;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`: the add-on's origin, fixed per test through a preference. */
  origin: string;
}

interface TestFixtures {
  /** Administrator policy for `storage.managed`, written where Firefox reads it; null for none. */
  managedPolicy: Record<string, unknown> | null;
  /** The browser's language (`intl.locale.requested`): `en-US` or `ja`. */
  firefoxLocale: string;
  firefox: FirefoxWithExtension;
  tab: Page;
}

interface WorkerFixtures {
  world: LoopbackWorld;
}

/**
 * Firefox reads an add-on's `storage.managed` from a "managed storage manifest" named after the
 * add-on's id, per user in `~/.mozilla/managed-storage/` on Linux (Chrome uses enterprise policy).
 * Each test gets its own HOME, so the file is written there.
 */
function homeWithPolicy(policy: Record<string, unknown> | null): string {
  const home = mkdtempSync(join(tmpdir(), 'furima-firefox-home-'));
  if (policy) {
    const folder = join(home, '.mozilla', 'managed-storage');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${GECKO_ID}.json`),
      JSON.stringify({ name: GECKO_ID, description: 'e2e policy', type: 'storage', data: policy }),
    );
  }
  return home;
}

export async function launchFirefox(
  world: LoopbackWorld,
  home: string,
  extensionPath = DIST_FIREFOX,
  locale = 'en-US',
): Promise<FirefoxWithExtension> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    // Lets the test open moz-extension:// pages in a tab (WebDriver refuses them otherwise).
    args: ['--remote-allow-system-access'],
    // A fresh HOME per test (see homeWithPolicy), but the usual caches: fontconfig would rebuild.
    env: {
      ...process.env,
      HOME: home,
      XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
    },
    extraPrefsFirefox: {
      // No host-resolver rules in Firefox: every connection goes through the world's proxy.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': world.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': world.proxyPort,
      'network.proxy.no_proxies_on': '',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Automation cannot click the optional-permission prompt; this grants what the page requests.
      'extensions.webextOptionalPermissionPrompts': false,
      // Japanese needs Debian's language pack (firefox-esr-l10n-ja): the add-on speaks the browser's language.
      'intl.locale.requested': locale,
      // Firefox's own background services: not part of what is tested, and noise in the log.
      'services.settings.server': 'https://firefox-settings.invalid/v1',
      'app.normandy.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  await browser.installExtension(extensionPath);
  await closeWelcomePage(browser);
  return { browser, origin: `moz-extension://${uuid}` };
}

/**
 * A fresh profile opens the welcome page (in front). Headless Firefox sends focus events only to
 * the tab in front, so the tests' own tab must come after it: wait for it, then close it.
 */
async function closeWelcomePage(browser: Browser): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const url = await page.evaluate(() => location.href).catch(() => page.url());
      if (url.endsWith('/src/pages/welcome/welcome.html')) {
        await page.close();
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  world: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const world = new LoopbackWorld();
      await world.start();
      await world.startProxy();
      await use(world);
      await world.close();
    },
    { scope: 'worker' },
  ],
  managedPolicy: [null, { option: true }],
  firefoxLocale: ['en-US', { option: true }],
  firefox: async ({ world, managedPolicy, firefoxLocale }, use, testInfo) => {
    world.reset();
    const home = homeWithPolicy(managedPolicy);
    const firefox = await launchFirefox(world, home, DIST_FIREFOX, firefoxLocale);
    try {
      await use(firefox);
      // Every test ends with the leak audit: network log and a scan of everything stored.
      const extensionRequests = auditRequests(world);
      const pages = await firefox.browser.pages();
      const pageStores: string[] = [];
      for (const page of pages) {
        if (page.url().startsWith('https://'))
          pageStores.push(await page.evaluate(pageStorage).catch(() => ''));
      }
      const scanner = await openExtensionPage(firefox, '/src/pages/banner/banner.html');
      auditStored(await scanner.evaluate(storageDump), pageStores);
      recordAudit(testInfo.testId, {
        requests: world.nonBrowserRequests().length,
        extensionRequests,
        storageScans: 1 + pageStores.length,
      });
    } finally {
      await firefox.browser.close();
      rmSync(home, { recursive: true, force: true });
    }
  },
  tab: async ({ firefox }, use) => {
    // A tab opened by the test: the start-up tab never gets focus events in headless Firefox.
    await use(await firefox.browser.newPage());
  },
});

export { expect };

/**
 * Opens one of the add-on's pages in a new tab. Puppeteer loses track of a navigation that moves
 * the tab into the extension process, so this waits for the document itself.
 */
export async function openExtensionPage(
  firefox: FirefoxWithExtension,
  path: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await firefox.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  const url = `${firefox.origin}${path}`;
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await expect
    .poll(() => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''), {
      intervals: [50],
      timeout: 10_000,
    })
    .toBe(`${url} complete`);
  return page;
}

/**
 * The real address of a frame (over BiDi, extension frames report `about:blank`), or '' once it
 * is gone: puppeteer throws at once, not in the promise, when the frame has detached.
 */
export async function addressOf(frame: Frame): Promise<string> {
  try {
    return await frame.evaluate(() => location.href);
  } catch {
    return '';
  }
}

/** The add-on's frame mounted on `page` whose path ends in `name` (e.g. `warning.html`). */
export async function extensionFrame(
  page: Page,
  name: 'warning.html' | 'banner.html',
  timeout = 10_000,
  /** A query parameter the frame's address must carry (`alert`: the sentinel's, not the kind banner). */
  parameter?: string,
): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      async () => {
        for (const frame of page.frames()) {
          const address = await addressOf(frame);
          const url = address.startsWith('moz-extension://') ? new URL(address) : undefined;
          if (url?.pathname.endsWith(name) && (!parameter || url.searchParams.has(parameter))) {
            found = frame;
            return true;
          }
        }
        return false;
      },
      { intervals: [100], timeout, message: `no ${name} frame on ${page.url()}` },
    )
    .toBe(true);
  return found as Frame;
}

/** The root's attribute, or '' while the frame is not there (puppeteer throws at once on a detached frame). */
async function readRootAttribute(target: Frame | Page, attribute: string): Promise<string> {
  try {
    return await target.evaluate((name) => document.documentElement.getAttribute(name) ?? '', attribute);
  } catch {
    return '';
  }
}

/** An attribute of the root element of `frame` (or of a page), polled until it is set. */
export async function rootAttribute(
  target: Frame | Page,
  attribute: string,
  timeout = 15_000,
): Promise<string> {
  let value = '';
  await expect
    .poll(
      async () => {
        value = await readRootAttribute(target, attribute);
        return value !== '';
      },
      { intervals: [100], timeout, message: `no ${attribute} on the root element` },
    )
    .toBe(true);
  return value;
}

/** The verdict tokens and breach count the warning frame shows, once the check is done. */
export async function verdictOf(page: Page): Promise<{ verdict: string; breachCount: string; frame: Frame }> {
  const frame = await extensionFrame(page, 'warning.html');
  const verdict = await rootAttribute(frame, 'data-verdict');
  const breachCount = await frame.evaluate(() => document.documentElement.dataset.breachCount ?? '');
  return { verdict, breachCount, frame };
}

/** Types a password like a person and leaves the field (a trusted blur). */
export async function enterPassword(page: Page, selector: string, password: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(password, { delay: 5 });
  await page.keyboard.press('Tab');
}

export function randomPassword(): string {
  return remember(`fg-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-Zq9`);
}

/** The page's document is wider than its viewport (content cut off or scrolling sideways). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
