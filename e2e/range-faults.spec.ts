import type { HibpMode } from './support/hibp-mock';
import { enterPassword, expect, randomPassword, test, verdictOf, typeInto } from './support/fixtures';

const FAULTS: HibpMode[] = [
  'rate-limited',
  'rate-limited-bare',
  'empty',
  'truncated',
  'wrong-type',
  'huge',
  'reset',
  'other-prefix',
];

test.describe('range API faults give unchecked, never clean', () => {
  for (const mode of FAULTS) {
    test(`${mode}`, async ({ page, world }) => {
      world.hibp.mode = mode;
      await page.goto('https://fril.jp/login');
      await enterPassword(page, '#password', randomPassword());
      const { verdict, frame } = await verdictOf(page, 20_000);
      expect(verdict).toBe('unchecked');
      await expect(frame.locator('[role="status"]')).toContainText('does not mean the password is safe');
    });
  }

  test('an unchecked verdict is checked again when the network returns', async ({ page, context, world }) => {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 77);
    world.hibp.mode = 'server-error';
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    const { verdict, frame } = await verdictOf(page, 20_000);
    expect(verdict).toBe('unchecked');
    world.hibp.mode = 'normal';
    // The page hears "retry later" only once the worker has also finished the reuse fingerprint.
    await page.waitForTimeout(1_500);
    await context.setOffline(true);

    await context.setOffline(false);
    await expect(frame.locator('html')).toHaveAttribute('data-verdict', 'breached', { timeout: 15_000 });
    await expect(frame.locator('html')).toHaveAttribute('data-breach-count', '77');
  });

  test('a worker stopped in the middle of a check still yields a verdict, and one account record', async ({
    page,
    context,
    world,
    extensionId,
  }) => {
    world.hibp.mode = 'slow';
    await page.goto('https://fril.jp/login');
    await typeInto(page, '#email', 'mid@example.jp');
    await enterPassword(page, '#password', randomPassword());
    await page.waitForTimeout(500);
    world.hibp.mode = 'normal';
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect((await verdictOf(page, 20_000)).verdict).toBe('clean');
    await expect(async () => {
      await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
      await expect(page.locator('[data-accounts] tbody tr')).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  });
});
