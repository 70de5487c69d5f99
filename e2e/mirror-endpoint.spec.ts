import { MIRROR_HOST } from './support/loopback-world';
import { DIST, enterPassword, expect, randomPassword, test, verdictOf } from './support/fixtures';

// The mirror's host permission is granted through a browser prompt automation cannot click; the
// watch-test build holds every https host from install, so it stands for "the user allowed it".
// The shipped build without the permission is S6 in e2e/security-claims.spec.ts.
test.use({ extensionPath: DIST.replace(/dist$/, 'dist-watch-test') });

test('an allowed mirror gets plain padded GETs, with {prefix} in its path as written', async ({
  page,
  world,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/src/pages/options/options.html`);
  await page.getByLabel('Range endpoint URL').fill(`https://${MIRROR_HOST}/range/{prefix}`);
  await page.getByRole('button', { name: 'Save server' }).click();
  await expect(page.locator('[aria-labelledby="endpoint-title"] [role="status"]')).toContainText('Saved');

  const password = randomPassword();
  world.hibp.addBreachedPassword(password, 4242);
  await page.goto('https://fril.jp/login');
  await enterPassword(page, '#password', password);
  const { verdict, breachCount } = await verdictOf(page);
  expect(verdict).toBe('breached');
  expect(breachCount).toBe('4242');
  const mirror = world.requests.filter((request) => request.host === MIRROR_HOST);
  expect(mirror.map((request) => request.method)).toEqual(['GET']);
  expect(mirror[0]?.url).toMatch(/^\/range\/[0-9A-F]{5}$/);
  expect(mirror[0]?.headers['add-padding']).toBe('true');
  expect(world.rangeRequests()).toEqual([]);
});
