import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Frame,
  type Page,
  type Worker,
} from '@playwright/test';
import { chromiumPath } from './chromium-path';
import { auditAfterTest } from './audit';
import { LoopbackWorld } from './loopback-world';
import { remember, testSecrets } from './secrets';

export const DIST = new URL('../../dist/', import.meta.url).pathname.replace(/\/$/, '');

/** The build with one defence removed (`npm run build:controls`, scripts/vite/controls.ts). */
export function controlBuild(name: string): string {
  return new URL(`../../dist-control-${name}/`, import.meta.url).pathname.replace(/\/$/, '');
}

export interface TestFixtures {
  language: 'en' | 'ja';
  /** The unpacked build to load (e.g. a control build). */
  extensionPath: string;
  /**
   * Run the leak audit after the test. Only control tests switch it off: they run builds with a
   * defence removed, which leak on purpose (SECURITY.md, "Claims").
   */
  audit: boolean;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  page: Page;
}

interface WorkerFixtures {
  world: LoopbackWorld;
}

export async function launchWithExtension(
  world: LoopbackWorld,
  language: string,
  extensionPath: string,
  userDataDir = '',
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: language,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      // Every hostname resolves to our loopback server; nothing reaches the real internet.
      `--host-resolver-rules=MAP * 127.0.0.1:${world.port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      `--lang=${language}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
    ],
    env: { ...process.env, LANGUAGE: language, LANG: language === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
  });
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  world: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const world = new LoopbackWorld();
      await world.start();
      await use(world);
      await world.close();
    },
    { scope: 'worker' },
  ],
  language: ['en', { option: true }],
  extensionPath: [DIST, { option: true }],
  audit: [true, { option: true }],
  context: async ({ world, language, extensionPath, audit }, use, testInfo) => {
    world.reset();
    const context = await launchWithExtension(world, language, extensionPath);
    // A fresh profile opens the welcome page; let it open first, so no test mistakes it for a page
    // the test itself opened.
    await welcomePageOpened(context);
    await use(context);
    // Every test ends with the leak audit: network log and a scan of everything stored.
    const worker = context.serviceWorkers()[0];
    const extensionId = worker ? new URL(worker.url()).host : await extensionIdOf(context);
    if (audit) await auditAfterTest(world, context, extensionId, testInfo.testId);
    else testSecrets.clear();
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** The extension frame mounted on `page` whose path ends in `name` (e.g. `warning.html`). */
export async function extensionFrame(
  page: Page,
  name: 'warning.html' | 'banner.html',
  timeout = 10_000,
): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page
      .frames()
      .find(
        (candidate) =>
          candidate.url().startsWith('chrome-extension://') &&
          new URL(candidate.url()).pathname.endsWith(name),
      );
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`no ${name} frame on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** The page kind of the banner in the top document (not in child frames), or null. */
export async function topBannerKind(page: Page): Promise<string | null> {
  const frame = page.frames().find(
    (candidate) =>
      candidate.parentFrame() === page.mainFrame() &&
      candidate.url().startsWith('chrome-extension://') &&
      new URL(candidate.url()).pathname.endsWith('banner.html') &&
      // The sentinel's alert shares the banner page; it carries no page kind.
      !new URL(candidate.url()).searchParams.has('alert'),
  );
  // A banner being replaced may detach mid-read; that reads as "no banner" for this poll.
  return frame
    ? frame
        .locator('html')
        .getAttribute('data-page-kind', { timeout: 1_000 })
        .catch(() => null)
    : null;
}

export function hasExtensionFrame(page: Page, name: 'warning.html' | 'banner.html'): boolean {
  return page
    .frames()
    .some(
      (frame) =>
        frame.url().startsWith('chrome-extension://') && new URL(frame.url()).pathname.endsWith(name),
    );
}

/** The extension frames on `page` whose path ends in `name`, in document order. */
export function extensionFrames(page: Page, name: 'warning.html' | 'banner.html'): Frame[] {
  return page
    .frames()
    .filter(
      (frame) =>
        frame.url().startsWith('chrome-extension://') && new URL(frame.url()).pathname.endsWith(name),
    );
}

/**
 * The verdict tokens the warning frame shows, once the check is done. `excluding` names frames
 * that were there before the check (a warning carried over from the previous page, which the new
 * check's frame replaces): they are never read.
 */
export async function verdictOf(
  page: Page,
  timeout = 15_000,
  excluding: readonly Frame[] = [],
): Promise<{ verdict: string; breachCount: string | null; frame: Frame }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = extensionFrames(page, 'warning.html')
      .filter((candidate) => !excluding.includes(candidate))
      .pop();
    try {
      if (!frame) throw new Error('no warning frame yet');
      // Interval polling: animation-frame polling never fires in a background tab.
      await frame.waitForFunction(() => document.documentElement.dataset.verdict, undefined, {
        timeout: Math.max(1, deadline - Date.now()),
        polling: 100,
      });
      const [verdict, breachCount] = await frame.evaluate(() => [
        document.documentElement.dataset.verdict ?? '',
        document.documentElement.dataset.breachCount ?? null,
      ]);
      return { verdict: verdict as string, breachCount, frame };
    } catch (error) {
      // A frame replaced while we waited (a remount) is read again; anything else is a failure.
      if (Date.now() > deadline) throw frame ? error : new Error(`no warning.html frame on ${page.url()}`);
      if (frame && !frame.isDetached()) throw error;
      await page.waitForTimeout(50);
    }
  }
}

/**
 * Types into a field like a person (real key events). `page.fill` inserts text without key events,
 * which the guard rightly does not count as the user's typing.
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 5 });
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

async function welcomePageOpened(context: BrowserContext, timeout = 10_000): Promise<void> {
  const opened = () => context.pages().some((page) => page.url().endsWith('/src/pages/welcome/welcome.html'));
  const deadline = Date.now() + timeout;
  while (!opened() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 5_000 }));
  return new URL(worker.url()).host;
}
