import { expect, test, topBannerKind } from './support/fixtures';

// The latency target (≤ 500 ms) is a benchmark row (bench/4-busy-page.bench.ts), not a timed test:
// this proves the behaviour, that a page which never stops changing still gets its banner.
test('a never-still page still gets its banner after a pushState navigation', async ({ page }) => {
  await page.goto('https://fril.jp/busy/listing');
  // Let the page tick for a while: a debounce without a maximum wait would never have fired.
  await page.waitForTimeout(1_500);
  const latencies: number[] = [];
  for (let run = 0; run < 3; run++) {
    if (run > 0) {
      await page.goto('https://fril.jp/busy/listing');
      await page.waitForTimeout(800);
    }
    const start = Date.now();
    await page.evaluate(() => (window as unknown as { goToEmailSettings(): void }).goToEmailSettings());
    let kind: string | null = null;
    while (Date.now() - start < 3_000 && kind !== 'email-change') {
      kind = await topBannerKind(page);
      if (kind !== 'email-change') await page.waitForTimeout(10);
    }
    expect(kind).toBe('email-change');
    latencies.push(Date.now() - start);
  }
  console.log('banner latency after pushState on a busy page (ms):', latencies);
  expect(latencies).toHaveLength(3);
});
