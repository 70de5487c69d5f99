import { enterPassword, expect, randomPassword, test, verdictOf, typeInto } from './support/fixtures';

const LOGINS = [
  { site: 'Rakuma', url: 'https://fril.jp/login', field: '#password' },
  { site: 'Mercari', url: 'https://login.jp.mercari.com/signin', field: 'input[name="password"]' },
  { site: 'eBay', url: 'https://signin.ebay.com/signin', field: '#pass' },
];

test.describe('breach check on marketplace logins', () => {
  for (const login of LOGINS) {
    test(`${login.site}: a breached password shows breached with its count`, async ({ page, world }) => {
      const password = randomPassword();
      world.hibp.addBreachedPassword(password, 251682);
      await page.goto(login.url);
      await enterPassword(page, login.field, password);
      const { verdict, breachCount, frame } = await verdictOf(page);
      expect(verdict.split(' ')).toContain('breached');
      expect(breachCount).toBe('251682');
      await expect(frame.locator('[role="status"]')).toContainText('251,682');
    });
  }

  test('a fresh random password is clean', async ({ page }) => {
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', randomPassword());
    expect((await verdictOf(page)).verdict).toBe('clean');
  });

  for (const mode of ['server-error', 'garbage', 'slow'] as const) {
    test(`range API in ${mode} mode gives unchecked, never clean`, async ({ page, world }) => {
      world.hibp.mode = mode;
      await page.goto('https://fril.jp/login');
      await enterPassword(page, '#password', randomPassword());
      const { verdict, frame } = await verdictOf(page, 20_000);
      expect(verdict).toBe('unchecked');
      await expect(frame.locator('h1')).toHaveText('Could not check this password');
    });
  }

  test('ten tabs checking one password cause one request; only the padded prefix leaves', async ({
    context,
    world,
  }) => {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 7);
    const pages = await Promise.all(Array.from({ length: 10 }, () => context.newPage()));
    await Promise.all(pages.map((page) => page.goto('https://fril.jp/login')));
    for (const page of pages) {
      await page.bringToFront();
      await enterPassword(page, '#password', password);
    }
    for (const page of pages) expect((await verdictOf(page)).breachCount).toBe('7');

    const ranges = world.rangeRequests();
    expect(ranges).toHaveLength(1);
    const [request] = ranges;
    expect(request?.method).toBe('GET');
    expect(request?.url).toMatch(/^\/range\/[0-9A-F]{5}$/);
    expect(request?.headers['add-padding']).toBe('true');
    expect(request?.body).toBe('');
    // Nothing else left the browser but the fixture pages themselves.
    const others = world
      .nonBrowserRequests()
      .filter((entry) => entry.host !== 'api.pwnedpasswords.com' && entry.host !== 'fril.jp');
    expect(others).toEqual([]);
  });

  test('the popup shows the last verdict for the site', async ({ page, world, extensionId }) => {
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 3);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    await verdictOf(page);
    await page.goto(`chrome-extension://${extensionId}/src/popup/popup.html?site=fril.jp`);
    await expect(page.locator('[data-check-id="breach-check"]')).toHaveAttribute('data-state', 'attention');
    await expect(page.locator('[data-check-id="breach-check"]')).toContainText('Found in known breaches');
  });
});

test('a breached password submitted with Enter is still shown on the page the form leads to', async ({
  page,
  world,
}) => {
  const password = randomPassword();
  world.hibp.addBreachedPassword(password, 5150);
  await page.goto('https://fril.jp/login');
  await typeInto(page, '#email', 'taro@example.jp');
  await typeInto(page, '#password', password);
  await Promise.all([page.waitForURL('https://fril.jp/mypage'), page.press('#password', 'Enter')]);
  const { verdict, breachCount } = await verdictOf(page);
  expect(verdict).toBe('breached');
  expect(breachCount).toBe('5150');
});
