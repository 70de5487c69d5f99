import { expect, randomPassword, test, verdictOf } from './support/fixtures';

test('50 tabs submitting within a second all get verdicts, one request per distinct prefix', async ({
  context,
  world,
}) => {
  test.setTimeout(180_000);
  const tabs = await Promise.all(Array.from({ length: 50 }, () => context.newPage()));
  await Promise.all(tabs.map((tab) => tab.goto('https://fril.jp/login')));
  const passwords = tabs.map(() => randomPassword());
  // Half the tabs share a password with another tab: those prefixes must be fetched once.
  for (let index = 25; index < 50; index++) passwords[index] = passwords[index - 25] as string;
  await Promise.all(
    tabs.map(async (tab, index) => {
      await tab.fill('#password', passwords[index] as string);
      await tab.press('#password', 'Tab');
    }),
  );
  for (const tab of tabs) expect(['clean', 'breached']).toContain((await verdictOf(tab, 60_000)).verdict);
  const prefixes = world.rangeRequests().map((request) => request.url);
  expect(new Set(prefixes).size).toBe(prefixes.length);
  expect(prefixes.length).toBeLessThanOrEqual(25);
  await Promise.all(tabs.map((tab) => tab.close()));
});
