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

test.describe('a hostile page learns nothing and controls nothing', () => {
  test('cannot message the extension, find our frame, or load our pages', async ({ page, extensionId }) => {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    await verdictOf(page);
    const probe = await page.evaluate(async (id) => {
      const runtime = (
        globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }
      ).chrome?.runtime;
      let message = 'no runtime';
      if (runtime?.sendMessage) {
        message = await runtime
          .sendMessage(id, { name: 'content-to-background:check-password', payload: {} })
          .then(
            () => 'answered',
            (error: Error) => `refused: ${error.message}`,
          );
      }
      const frames = document.querySelectorAll('iframe').length;
      const fetched = await fetch(`chrome-extension://${id}/src/pages/warning/warning.html`).then(
        () => 'loaded',
        () => 'blocked',
      );
      return { message, frames, fetched };
    }, extensionId);
    expect(probe.message).not.toBe('answered');
    expect(probe.frames).toBe(0); // our frame sits in a closed shadow root
    expect(probe.fetched).toBe('blocked');
  });

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

  test('prototypes redefined before we run do not fool the check', async ({ page, world }) => {
    await page.addInitScript(() => {
      Object.defineProperty(HTMLInputElement.prototype, 'value', {
        get: () => 'not-the-real-password',
        set: () => undefined,
      });
      EventTarget.prototype.addEventListener = () => undefined;
    });
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 31337);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    expect((await verdictOf(page)).breachCount).toBe('31337');
  });

  test('clicks through an overlay on our warning are ignored', async ({ page, extensionId }) => {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    const { frame } = await verdictOf(page);
    const button = frame.getByRole('button', { name: "Don't warn on this site" });
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    // A see-through layer over the warning that lets clicks pass: the classic clickjacking set-up.
    await page.evaluate(() => {
      const layer = document.createElement('div');
      layer.style.cssText =
        'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,.9);pointer-events:none';
      // Appended after our host element, so it stacks above it.
      document.documentElement.append(layer);
    });
    await expect(frame.locator('.obscured')).toBeVisible();
    await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
    await page.waitForTimeout(500);
    await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
    const muted = await page.evaluate(
      async () =>
        ((await chrome.storage.local.get('settings')).settings as { mutedGroups?: string[] } | undefined)
          ?.mutedGroups ?? [],
    );
    expect(muted).toEqual([]);
  });

  test('our own pages cannot pose as a content script', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({
        name: 'content-to-background:check-password',
        payload: {
          token: 'AAAAAAAAAAAAAAAAAAAAAA',
          hostname: 'fril.jp',
          pageKind: 'login',
          fieldRole: 'current',
          password: 'x',
        },
      }),
    );
    expect(reply).toEqual({ error: 'sender is not a content script' });
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
