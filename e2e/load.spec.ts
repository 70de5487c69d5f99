import { expect, randomPassword, test, verdictOf, typeInto } from './support/fixtures';
import { workerHeapUsed } from './support/worker-heap';

test('50 tabs submitting within a second all get verdicts, one request per distinct prefix', async ({
  context,
  world,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const tabs = await Promise.all(Array.from({ length: 50 }, () => context.newPage()));
  await Promise.all(tabs.map((tab) => tab.goto('https://fril.jp/login')));
  const passwords = tabs.map(() => randomPassword());
  // Half the tabs share a password with another tab: those prefixes must be fetched once.
  for (let index = 25; index < 50; index++) passwords[index] = passwords[index - 25] as string;
  await Promise.all(
    tabs.map(async (tab, index) => {
      await typeInto(tab, '#password', passwords[index] as string);
      await tab.press('#password', 'Tab');
    }),
  );
  // Sample the worker's heap while the checks run; it must stay bounded.
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(
        peak,
        (await workerHeapUsed(context, tabs[0] as (typeof tabs)[number], extensionId).catch(() => 0)) || 0,
      );
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  for (const tab of tabs) expect(['clean', 'breached']).toContain((await verdictOf(tab, 60_000)).verdict);
  sampling = false;
  await sampler;
  console.log(`service worker JS heap peak during 50 checks: ${(peak / 1_048_576).toFixed(1)} MB`);
  test.info().annotations.push({ type: 'worker heap peak', description: `${peak} bytes` });
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThan(64 * 1_048_576);

  const prefixes = world.rangeRequests().map((request) => request.url);
  expect(new Set(prefixes).size).toBe(prefixes.length);
  expect(prefixes.length).toBeLessThanOrEqual(25);
  await Promise.all(tabs.map((tab) => tab.close()));
});
