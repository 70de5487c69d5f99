import type { Page } from '@playwright/test';
import { overlaps, type Box } from './support/boxes';
import { enterPassword, expect, randomPassword, test, verdictOf } from './support/fixtures';

/** Gap between two boxes along the nearest axis (0 when they touch). */
const distance = (a: Box, b: Box) =>
  Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width)) +
  Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height));

async function warningBox(page: Page): Promise<Box> {
  const { frame } = await verdictOf(page);
  const box = await (await frame.frameElement()).boundingBox();
  if (!box) throw new Error('warning frame not laid out');
  return box;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} not laid out`);
  return box;
}

/** What the page can see of us: the host elements we add to its root, and their inline style. */
const hostStyles = (page: Page) =>
  page.evaluate(() =>
    [...document.documentElement.children]
      .filter((element) => element.tagName === 'DIV')
      .map((element) => (element as HTMLElement).style.cssText),
  );

for (const width of [1280, 360]) {
  test(`at ${width} px the warning stands by its field, covers neither field nor button, and follows scroll and resize`, async ({
    page,
    world,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const password = randomPassword();
    world.hibp.addBreachedPassword(password, 99);
    await page.goto('https://fril.jp/login');
    // A long page below the form, so it can scroll.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('div'), { style: 'height: 3000px' })),
    );
    await enterPassword(page, '#password', password);
    const warning = await warningBox(page);
    const field = await boxOf(page, '#password');
    const button = await boxOf(page, 'form[action="/mypage"] button');
    expect(overlaps(warning, field)).toBe(false);
    expect(overlaps(warning, button)).toBe(false);
    expect(distance(warning, field)).toBeLessThan(60);

    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await boxOf(page, '#password')).y).toBeLessThan(field.y - 100);
    const scrolledField = await boxOf(page, '#password');
    await expect
      .poll(async () => Math.round((await warningBox(page)).y - scrolledField.y))
      .toBe(Math.round(warning.y - field.y));

    await page.setViewportSize({ width: width === 360 ? 420 : 1000, height: 700 });
    await expect
      .poll(async () => distance(await warningBox(page), await boxOf(page, '#password')))
      .toBeLessThan(60);
    expect(overlaps(await warningBox(page), await boxOf(page, '#password'))).toBe(false);
  });
}

test('the frame is the same size and the host the same style whatever the verdict; the card fills the frame', async ({
  page,
  world,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const seen: { styles: string[]; box: Box; verdict: string; fill: { card: number; frame: number } }[] = [];
  for (const breached of [true, false]) {
    const password = randomPassword();
    if (breached) world.hibp.addBreachedPassword(password, 4);
    await page.goto('https://fril.jp/login');
    await enterPassword(page, '#password', password);
    const { frame, verdict } = await verdictOf(page);
    const box = await warningBox(page);
    const fill = await frame.evaluate(() => ({
      card: document.querySelector('main')?.getBoundingClientRect().height ?? 0,
      frame: innerHeight,
    }));
    seen.push({ styles: await hostStyles(page), box, verdict, fill });
  }
  expect(seen[0]!.verdict).toContain('breached');
  expect(seen[1]!.verdict).toBe('clean');
  expect(seen[1]!.styles).toEqual(seen[0]!.styles);
  expect(seen[1]!.box).toEqual(seen[0]!.box);
  // No strip under the card: it is exactly as tall as its frame.
  for (const { fill } of seen) expect(fill.card).toBe(fill.frame);
});
