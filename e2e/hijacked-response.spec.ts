import { readFileSync } from 'node:fs';
import { enterPassword, expect, extensionFrame, randomPassword, test, verdictOf } from './support/fixtures';

const responseUrl = (extensionId: string, site: string) =>
  `chrome-extension://${extensionId}/src/pages/hijacked/hijacked.html?site=${site}`;

test.describe('"I\'ve been hijacked" response page', () => {
  test('opens from the popup for fril.jp with the Rakuma support e-mail', async ({
    page,
    context,
    extensionId,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    const [response] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('[data-action="hijacked"]').click(),
    ]);
    await response.waitForLoadState();
    expect(new URL(response.url()).searchParams.get('site')).toBe('fril.jp');
    await expect(response.locator('[data-support-contact]')).toContainText('support@fril.jp');
    await expect(response.locator('[data-draft-language="ja"] textarea')).toHaveValue(
      /登録メールアドレスを上記の私のアドレスに戻し/,
    );
    await expect(response.locator('[data-draft-language="en"] textarea')).toHaveValue(
      /Change the registered e-mail back/,
    );
    await expect(
      response.locator('[data-step="contact-support"] a[href^="mailto:support@fril.jp"]').first(),
    ).toBeVisible();
  });

  test('lists the other site sharing the password, with its change-password link', async ({
    page,
    extensionId,
  }) => {
    const password = randomPassword();
    await page.goto('https://login.jp.mercari.com/signin');
    await enterPassword(page, 'input[name="password"]', password);
    await verdictOf(page);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    await expect(async () => {
      await page.goto(responseUrl(extensionId, 'fril.jp'));
      await expect(page.locator('[data-reused-sites] li')).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.locator('[data-reused-sites] li')).toContainText('Mercari');
  });

  test('a tick and a timeline entry made in the same moment are both kept', async ({ page, extensionId }) => {
    await page.goto(responseUrl(extensionId, 'fril.jp'));
    await page.fill('input[name="what"]', 'Password reset e-mail I did not ask for');
    // Both changes in one task, before the page redraws: each must build on the other.
    await page.evaluate(() => {
      document
        .querySelector<HTMLInputElement>('[data-step="contact-support"] input[type="checkbox"]')
        ?.click();
      document.querySelector<HTMLFormElement>('[data-timeline] ~ form, form.no-print')?.requestSubmit();
    });
    await expect(page.locator('[data-timeline]')).toContainText('Password reset e-mail I did not ask for');
    await expect(page.locator('[data-step="contact-support"]')).toHaveAttribute('data-done', 'true');
    // What the page shows is what was saved: a reload reads it back from storage.
    await expect(async () => {
      await page.reload();
      await expect(page.locator('[data-timeline]')).toContainText('Password reset e-mail I did not ask for', {
        timeout: 1_000,
      });
      await expect(page.locator('[data-step="contact-support"]')).toHaveAttribute('data-done', 'true', {
        timeout: 1_000,
      });
    }).toPass({ timeout: 10_000 });
  });

  test('ticks and timeline entries survive reload and a worker restart; export holds them', async ({
    page,
    context,
    extensionId,
  }) => {
    await page.goto(responseUrl(extensionId, 'fril.jp'));
    await page.locator('[data-step="contact-support"] input[type="checkbox"]').first().check();
    await page.fill('input[name="what"]', 'Login alert e-mail from Rakuma, unread');
    await page.getByRole('button', { name: 'Add to timeline' }).click();
    await expect(page.locator('[data-timeline]')).toContainText('Login alert e-mail from Rakuma, unread');
    await page.fill('input[name="username"]', 'hanako_shop');
    // Changes are saved at once but not instantly: reload only when no save is running.
    await expect(page.locator('main')).toHaveAttribute('data-saved', 'true');
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.reload();
    await expect(page.locator('[data-step="contact-support"]')).toHaveAttribute('data-done', 'true');
    await expect(page.locator('[data-timeline]')).toContainText('Login alert e-mail from Rakuma, unread');
    await expect(page.locator('input[name="username"]')).toHaveValue('hanako_shop');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export-markdown"]').click(),
    ]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('Login alert e-mail from Rakuma, unread');
    expect(markdown).toContain('hanako_shop');
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export-json"]').click(),
    ]);
    expect(
      JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')).timeline.length,
    ).toBeGreaterThanOrEqual(2);
  });

  test('identity-verification pages show the caution only while an incident is open', async ({
    page,
    extensionId,
  }) => {
    await page.goto('https://fril.jp/mypage/identification');
    let banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('main')).not.toHaveAttribute('data-caution', 'incident');
    await expect(banner.locator('h1')).toHaveText('Identity verification');

    await page.goto(responseUrl(extensionId, 'fril.jp'));
    await expect(page.locator('main')).toHaveAttribute('data-incident-state', 'open');
    await page.goto('https://fril.jp/mypage/identification');
    banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('html')).toHaveAttribute('data-page-kind', 'identity-verification');
    await expect(banner.locator('main')).toHaveAttribute('data-caution', 'incident');
    await expect(banner.locator('main')).toContainText('Do not submit identity documents');

    await page.goto(responseUrl(extensionId, 'fril.jp'));
    await page.locator('[data-action="close-incident"]').click();
    await expect(page.locator('main')).toHaveAttribute('data-incident-state', 'closed');
    await page.goto('https://fril.jp/mypage/identification');
    banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('main')).not.toHaveAttribute('data-caution', 'incident');
  });
});

test.describe('in Japanese', () => {
  test.use({ language: 'ja' });

  test('the response page and the caution speak Japanese', async ({ page, extensionId }) => {
    await page.goto(responseUrl(extensionId, 'fril.jp'));
    await expect(page.locator('h1')).toHaveText('乗っ取り対応：ラクマ');
    await expect(page.locator('[data-step="no-identity-documents"]')).toContainText(
      '本人確認書類はまだ提出しない',
    );
    await page.goto('https://fril.jp/mypage/identification');
    const banner = await extensionFrame(page, 'banner.html');
    await expect(banner.locator('main')).toContainText('サポートから直接の指示があるまで');
  });
});

test.describe('two-factor step', () => {
  test('links the two-factor setting where the catalog knows it, and the help page as documentation', async ({
    page,
    extensionId,
  }) => {
    await page.goto(responseUrl(extensionId, 'yahoo.co.jp'));
    const step = page.locator('[data-step="turn-on-two-factor"]');
    await expect(step.getByRole('link', { name: /two-factor login settings on Yahoo/ })).toHaveAttribute(
      'href',
      'https://account.edit.yahoo.co.jp/authdevice',
    );
    await expect(step.getByRole('link', { name: /help page/ })).toHaveAttribute(
      'href',
      'https://id.yahoo.co.jp/security/otp.html',
    );
    await expect(step.getByRole('link', { name: /Change password/i })).toHaveCount(0);

    // Rakuma documents no two-factor login: no link pretends otherwise, the linked login is named.
    await page.goto(responseUrl(extensionId, 'fril.jp'));
    const rakuma = page.locator('[data-step="turn-on-two-factor"]');
    await expect(rakuma.locator('[data-link="two-factor-none"]')).toContainText('Rakuten ID');
    await expect(rakuma.locator('a')).toHaveCount(0);
  });
});
