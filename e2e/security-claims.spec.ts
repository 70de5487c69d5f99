import type { Page } from '@playwright/test';
import { MIRROR_HOST, type LoopbackWorld } from './support/loopback-world';
import {
  controlBuild,
  enterPassword,
  expect,
  extensionFrame,
  hasExtensionFrame,
  randomPassword,
  test,
  topBannerKind,
  typeInto,
  verdictOf,
  type TestFixtures,
} from './support/fixtures';

/**
 * SECURITY.md's claims, each run twice: against the shipped build, where the defence holds, and
 * against the control build without that defence (scripts/vite/controls.ts), where the same attack
 * must succeed. A test that passed both ways could not fail, and would prove nothing.
 */
type Fixtures = Pick<TestFixtures, 'page' | 'extensionId' | 'context'> & { world: LoopbackWorld };

interface Claim<T> {
  id: string;
  title: string;
  control: string;
  attack: (fixtures: Fixtures) => Promise<T>;
  safe: (observed: T) => void;
  unsafe: (observed: T) => void;
}

const CLAIMS: Claim<unknown>[] = [];
function claim<T>(definition: Claim<T>): void {
  CLAIMS.push(definition as Claim<unknown>);
}

const settle = (page: Page, ms = 1_500) => page.waitForTimeout(ms);

/** The stored settings, read from one of our pages in a separate tab. */
async function serviceWorkerSettings(page: Page, extensionId: string): Promise<unknown> {
  const reader = await page.context().newPage();
  try {
    await reader.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
    return await reader.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
  } finally {
    await reader.close();
  }
}

claim({
  id: 'S1a',
  title: 'a value a page script sets, then blurs, is never checked',
  control: 'provenance',
  async attack({ page, world }) {
    await page.goto('https://fril.jp/login');
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#password');
      field?.focus();
      if (field) field.value = 'planted-guess-1';
      field?.blur();
    });
    await settle(page);
    return world.rangeRequests().length;
  },
  safe: (requests) => expect(requests).toBe(0),
  unsafe: (requests) => expect(requests).toBeGreaterThan(0),
});

claim({
  id: 'S1b',
  title: "a script's editing command and requestSubmit (both trusted in Chromium) start no check",
  control: 'provenance',
  async attack({ page, world }) {
    await page.goto('https://fril.jp/login');
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#password');
      field?.focus();
      document.execCommand('insertText', false, 'planted-guess-2');
      field?.form?.requestSubmit();
    });
    await settle(page);
    return world.rangeRequests().length;
  },
  safe: (requests) => expect(requests).toBe(0),
  unsafe: (requests) => expect(requests).toBeGreaterThan(0),
});

claim({
  id: 'S1c',
  title: 'a planted value on top of what the user typed is not the user’s',
  control: 'provenance',
  async attack({ page, world }) {
    await page.goto('https://fril.jp/login');
    await page.click('#password');
    await page.keyboard.type('user-typed');
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#password');
      if (field) field.value = 'planted-guess-3';
    });
    await page.keyboard.press('Tab');
    await settle(page);
    return world.rangeRequests().length;
  },
  safe: (requests) => expect(requests).toBe(0),
  unsafe: (requests) => expect(requests).toBeGreaterThan(0),
});

claim({
  id: 'S1d',
  title: 'an off-screen new-password decoy does not replace the password the user typed',
  control: 'decoy',
  async attack({ page, world }) {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 777);
    await page.goto('https://fril.jp/login');
    await page.evaluate(() => {
      const decoy = document.createElement('input');
      decoy.type = 'password';
      decoy.autocomplete = 'new-password';
      decoy.style.cssText = 'position:absolute;left:20000px;top:0';
      decoy.value = 'decoy-clean-value';
      document.querySelector<HTMLInputElement>('#password')?.form?.append(decoy);
    });
    await page.click('#password');
    await page.keyboard.type(password);
    // Enter submits the whole form: every password field in it is a candidate.
    await Promise.all([page.waitForURL('https://fril.jp/mypage'), page.keyboard.press('Enter')]);
    return (await verdictOf(page)).verdict;
  },
  safe: (verdict) => expect(verdict).toBe('breached'),
  unsafe: (verdict) => expect(verdict).toBe('clean'),
});

claim({
  id: 'S1e',
  title: 'hidden honeypot fields do not make a page a login page',
  control: 'visibility',
  async attack({ page }) {
    await page.goto('https://jp.mercari.com/search-honeypot');
    await settle(page, 1_000);
    return topBannerKind(page);
  },
  safe: (kind) => expect(kind).toBeNull(),
  unsafe: (kind) => expect(kind).toBe('login'),
});

claim({
  id: 'S2',
  title: 'one field is checked at most four times a minute, however many values it is given',
  control: 'per-field-throttle',
  async attack({ page, world }) {
    await page.goto('https://fril.jp/login');
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.click('#password', { clickCount: 3 });
      await page.keyboard.type(`${randomPassword()}-${attempt}`);
      await page.keyboard.press('Tab');
      await page.waitForTimeout(150);
    }
    await settle(page);
    return new Set(world.rangeRequests().map((request) => request.url)).size;
  },
  safe: (prefixes) => expect(prefixes).toBeLessThanOrEqual(4),
  unsafe: (prefixes) => expect(prefixes).toBeGreaterThan(4),
});

claim({
  id: 'S3a',
  title: 'the next page shows the carried-over frame for a clean verdict too',
  control: 'carry-over',
  async attack({ page }) {
    await page.goto('https://fril.jp/login');
    await typeInto(page, '#email', 'carry@example.jp');
    await enterPassword(page, '#password', randomPassword());
    // The check has finished (clean) before the submit: the next page knows the verdict.
    expect((await verdictOf(page)).verdict).toBe('clean');
    await Promise.all([page.waitForURL('https://fril.jp/mypage'), page.press('#password', 'Enter')]);
    await settle(page);
    return hasExtensionFrame(page, 'warning.html');
  },
  safe: (shown) => expect(shown).toBe(true),
  unsafe: (shown) => expect(shown).toBe(false),
});

claim({
  id: 'S3b',
  title: "a verdict never crosses to another operator's page",
  control: 'carry-over',
  async attack({ page, world }) {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 31);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    await page.goto('https://www.ebay.com/sch/i.html');
    await settle(page);
    return hasExtensionFrame(page, 'warning.html');
  },
  safe: (shown) => expect(shown).toBe(false),
  unsafe: (shown) => expect(shown).toBe(true),
});

claim({
  id: 'S4',
  title: 'nothing on disk links a checked password to its range prefix',
  control: 'range-cache-on-disk',
  async attack({ page, world, extensionId }) {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 5481);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    const prefix = (world.rangeRequests()[0]?.url ?? '').split('/').pop() ?? '';
    await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
    const local = await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    return {
      prefixOnDisk: prefix.length === 5 && local.includes(prefix),
      countOnDisk: local.includes('5481'),
    };
  },
  safe: (found) => expect(found).toEqual({ prefixOnDisk: false, countOnDisk: false }),
  unsafe: (found) => expect(found.prefixOnDisk).toBe(true),
});

claim({
  id: 'S5',
  title: 'no page can fetch a file of ours to detect the extension',
  control: 'fixed-script-url',
  async attack({ page, extensionId }) {
    await page.goto('https://fril.jp/login');
    return page.evaluate(async (id) => {
      const paths = ['src/content/watch-main.js', 'src/pages/warning/warning.html', 'manifest.json'];
      const loaded: string[] = [];
      for (const path of paths)
        await fetch(`chrome-extension://${id}/${path}`).then(
          () => loaded.push(path),
          () => undefined,
        );
      return loaded;
    }, extensionId);
  },
  safe: (loaded) => expect(loaded).toEqual([]),
  unsafe: (loaded) => expect(loaded).toContain('src/content/watch-main.js'),
});

claim({
  id: 'S6',
  title: 'a mirror the user has not allowed is never asked (no CORS preflight carrying our id)',
  control: 'mirror-permission',
  async attack({ page, world, extensionId }) {
    await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
    await page.evaluate(
      (host) => chrome.storage.local.set({ settings: { hibpEndpoint: `https://${host}/range/{prefix}` } }),
      MIRROR_HOST,
    );
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    const { verdict } = await verdictOf(page);
    return {
      verdict,
      mirrorRequests: world.requests.filter((request) => request.host === MIRROR_HOST).length,
    };
  },
  safe: (observed) => expect(observed).toEqual({ verdict: 'unchecked', mirrorRequests: 0 }),
  unsafe: (observed) => expect(observed.mirrorRequests).toBeGreaterThan(0),
});

claim({
  id: 'S7',
  title: '`clean` never shows before the reuse check has finished',
  control: 'early-verdict',
  async attack({ page }) {
    const password = randomPassword();
    await page.goto('https://fril.jp/login');
    await typeInto(page, '#email', 'early@example.jp');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    await page.waitForTimeout(1_000); // the Rakuma account record lands after the fingerprint
    await page.goto('https://login.jp.mercari.com/signin');
    await page.click('input[type="password"]');
    const frame = await extensionFrame(page, 'warning.html');
    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const verdict = document.documentElement.dataset.verdict;
        if (verdict && seen[seen.length - 1] !== verdict) seen.push(verdict);
      }).observe(document.documentElement, { attributes: true });
    });
    await page.keyboard.type(password);
    await page.keyboard.press('Tab');
    await verdictOf(page);
    await page.waitForTimeout(300);
    return frame.evaluate(() => (window as unknown as { seen: string[] }).seen);
  },
  safe: (seen) => expect(seen).toEqual(['reused']),
  unsafe: (seen) => expect(seen).toEqual(['clean', 'reused']),
});

claim({
  id: 'S8',
  title: 'the page cannot reach our frame or read its URL (closed shadow root)',
  control: 'open-shadow',
  async attack({ page }) {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    await verdictOf(page);
    return page.evaluate(() => {
      for (const element of Array.from(document.documentElement.children)) {
        const frame = element.shadowRoot?.querySelector('iframe');
        if (frame) return frame.src;
      }
      return document.querySelector('iframe')?.src ?? null;
    });
  },
  safe: (url) => expect(url).toBeNull(),
  unsafe: (url) => expect(url).toContain('chrome-extension://'),
});

claim({
  id: 'S9',
  title: 'our own pages cannot pose as a content script',
  control: 'sender-check',
  async attack({ page, extensionId }) {
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    return page.evaluate(() =>
      chrome.runtime.sendMessage({
        name: 'content-to-background:page-seen',
        payload: { hostname: 'fril.jp', pathname: '/login', pageKind: 'login' },
      }),
    );
  },
  safe: (reply) => expect(reply).toEqual({ error: 'sender is not a content script' }),
  unsafe: (reply) => expect(reply).toHaveProperty('showBanner'),
});

claim({
  id: 'S10',
  title: 'a marketplace page cannot message the extension',
  control: 'externally-connectable',
  async attack({ page, extensionId }) {
    await page.goto('https://fril.jp/login');
    return page.evaluate(async (id) => {
      const runtime = (
        globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }
      ).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no channel';
      return Promise.resolve(
        runtime.sendMessage(id, { name: 'content-to-background:page-seen', payload: {} }),
      ).then(
        () => 'reached the extension',
        () => 'no channel',
      );
    }, extensionId);
  },
  safe: (outcome) => expect(outcome).toBe('no channel'),
  unsafe: (outcome) => expect(outcome).toBe('reached the extension'),
});

claim({
  id: 'S11',
  title: '"Don\'t warn on this site" stops checks and warnings there',
  control: 'mute',
  async attack({ page, world, extensionId }) {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    const { frame } = await verdictOf(page);
    // The frame ignores clicks until it has seen that nothing covers it (a loaded machine can take
    // longer than any fixed wait), so a click that came too early is made again.
    const mute = frame.getByRole('button', { name: "Don't warn on this site" });
    await expect(async () => {
      if (await mute.isVisible()) await mute.click({ timeout: 1_000 }).catch(() => undefined);
      expect(await serviceWorkerSettings(page, extensionId)).toMatchObject({ mutedGroups: ['rakuma'] });
    }).toPass({ timeout: 10_000 });
    world.requests.length = 0;
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    await settle(page);
    return world.rangeRequests().length;
  },
  safe: (requests) => expect(requests).toBe(0),
  unsafe: (requests) => expect(requests).toBeGreaterThan(0),
});

claim({
  id: 'S12',
  title: 'clicks through an overlay on our warning are ignored',
  control: 'clickjacking',
  async attack({ page, extensionId }) {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    const { frame } = await verdictOf(page);
    await page.evaluate(() => {
      const layer = document.createElement('div');
      layer.style.cssText =
        'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,.9);pointer-events:none';
      document.documentElement.append(layer);
    });
    // The frame notices the overlay and says so, which moves its buttons: aim after that.
    await expect(frame.locator('.obscured')).toBeVisible();
    // Read the setting from another tab: navigating this one away could cut short a click that
    // got through before its frame sent the message.
    const reader = await page.context().newPage();
    await reader.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
    const readMuted = () =>
      reader.evaluate(
        async () =>
          ((await chrome.storage.local.get('settings')).settings as { mutedGroups?: string[] } | undefined)
            ?.mutedGroups ?? [],
      );
    // The attacker clicks the button's middle again and again, re-aiming each time (a busy page's
    // layout may still move): one click that gets through is enough.
    let muted: string[] = [];
    for (const started = Date.now(); muted.length === 0 && Date.now() - started < 4_000;) {
      const box = await frame.getByRole('button', { name: "Don't warn on this site" }).boundingBox();
      if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await reader.waitForTimeout(200);
      muted = await readMuted();
    }
    return muted;
  },
  safe: (muted) => expect(muted).toEqual([]),
  unsafe: (muted) => expect(muted).toEqual(['rakuma']),
});

claim({
  id: 'S13',
  title: 'prototypes the page redefines do not change what is checked (isolated world)',
  control: 'main-world',
  async attack({ page, world }) {
    await page.addInitScript(() => {
      Object.defineProperty(HTMLInputElement.prototype, 'value', {
        get: () => 'not-the-real-password',
        set: () => undefined,
      });
    });
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 31337);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    await settle(page, 2_000);
    return hasExtensionFrame(page, 'warning.html') ? (await verdictOf(page, 3_000)).breachCount : null;
  },
  safe: (count) => expect(count).toBe('31337'),
  unsafe: (count) => expect(count).not.toBe('31337'),
});

for (const { id, title, control, attack, safe, unsafe } of CLAIMS) {
  test.describe(`${id}: ${title}`, () => {
    test('holds in the shipped build', async ({ page, world, extensionId, context }) => {
      safe(await attack({ page, world, extensionId, context }));
    });
    test.describe(`control: without the defence (dist-control-${control})`, () => {
      test.use({ extensionPath: controlBuild(control), audit: false });
      test('the same attack succeeds', async ({ page, world, extensionId, context }) => {
        unsafe(await attack({ page, world, extensionId, context }));
      });
    });
  });
}
