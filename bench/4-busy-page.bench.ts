import { chromium, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from '../e2e/support/chromium-path';
import { DIST, launchWithExtension, topBannerKind } from '../e2e/support/fixtures';
import { LoopbackWorld } from '../e2e/support/loopback-world';
import { percentile } from './support/measure';
import { extensionScriptMs } from './support/script-share';
import { recordRows, rowFromSamples } from './support/results';

// The never-still listing page: countdown, live feed and carousel change the DOM every 40 ms.
const BUSY_PAGE = 'https://fril.jp/busy/listing';
const WINDOW_MS = 10_000;

let world: LoopbackWorld;

test.beforeAll(async () => {
  world = new LoopbackWorld();
  await world.start();
});

test.afterAll(async () => {
  await world.close();
});

/** The same browser without the extension: the page's own cost, measured in the same run. */
function launchPlain(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--host-resolver-rules=MAP * 127.0.0.1:${world.port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Main-thread busy time (CDP `TaskDuration`, all tasks of the renderer) over a window, in ms. */
async function mainThreadMs(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')
      ?.value ?? 0) * 1000;
  const before = await read();
  await page.waitForTimeout(WINDOW_MS);
  const after = await read();
  await cdp.detach();
  return after - before;
}

test("9. never-still listing page: the content script's share of main-thread time, and banner latency after pushState", async () => {
  test.setTimeout(300_000);
  const plain = await launchPlain();
  const guarded = await launchWithExtension(world, 'ja', DIST);
  const alone: number[] = [];
  const withScript: number[] = [];
  for (let run = 0; run < 3; run++) {
    for (const [context, samples] of [
      [plain, alone],
      [guarded, withScript],
    ] as const) {
      const page = await context.newPage();
      await page.goto(BUSY_PAGE);
      await page.waitForTimeout(1_000);
      samples.push(await mainThreadMs(page));
      await page.close();
    }
  }
  const shares = withScript.map((busy, index) => (100 * (busy - (alone[index] ?? 0))) / WINDOW_MS);
  // The difference of two browsers' totals swings by ±3 % of the window from run to run (an empty
  // content script reads 0.7–1.4 %); a CPU profile of the guarded page measures the script itself.
  const profiled: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await guarded.newPage();
    await page.goto(BUSY_PAGE);
    await page.waitForTimeout(1_000);
    profiled.push((100 * (await extensionScriptMs(page, WINDOW_MS, 'chrome-extension://'))) / WINDOW_MS);
    await page.close();
  }

  const latencies: number[] = [];
  const page = await guarded.newPage();
  for (let run = 0; run < 10; run++) {
    await page.goto(BUSY_PAGE);
    await page.waitForTimeout(700);
    const start = Date.now();
    await page.evaluate(() => (window as unknown as { goToEmailSettings(): void }).goToEmailSettings());
    while ((await topBannerKind(page)) !== 'email-change') {
      if (Date.now() - start > 5_000) throw new Error('no banner after pushState');
      await page.waitForTimeout(5);
    }
    latencies.push(Date.now() - start);
  }
  await plain.close();
  await guarded.close();
  recordRows([
    rowFromSamples('9', 'busy listing page alone: main-thread time per 10 s', alone, 'ms'),
    rowFromSamples(
      '9',
      'busy listing page with the content script: main-thread time per 10 s',
      withScript,
      'ms',
    ),
    {
      ...rowFromSamples(
        '9',
        'difference of the two (with − alone) as a share of the window (noisy)',
        shares,
        'ms',
      ),
      unit: '%',
    },
    {
      ...rowFromSamples(
        '9',
        "content script's share of main-thread time on the busy page (CPU profile)",
        profiled,
        'ms',
      ),
      unit: '%',
      target: '≤ 1 %',
      met: percentile(profiled, 0.95) <= 1,
    },
    rowFromSamples('9', 'banner after a pushState navigation on the busy page', latencies, 'ms', {
      target: '≤ 500 ms',
      met: percentile(latencies, 0.95) <= 500,
    }),
  ]);
});
