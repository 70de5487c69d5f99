import { frameSizeFor } from '../src/content/frame-sizes';
import { PAGE_KINDS } from '../src/model/page-kinds';
import { contentOverflow } from './support/boxes';
import { expect, test } from './support/fixtures';

/** Desktop, a 360 px phone and a 320 px phone: the frame narrows with the viewport. */
const VIEWPORT_WIDTHS = [1280, 360, 320];

for (const language of ['en', 'ja'] as const) {
  test.describe(`banner in ${language}`, () => {
    test.use({ language });

    test('every kind fits its frame at every width: title, text and both buttons show unscrolled', async ({
      page,
      extensionId,
    }) => {
      const overflows: string[] = [];
      for (const viewportWidth of VIEWPORT_WIDTHS) {
        // The page opened at exactly the size the content script gives the banner's frame.
        await page.setViewportSize(frameSizeFor('banner', viewportWidth));
        for (const kind of PAGE_KINDS) {
          for (const incident of ['none', 'open'] as const) {
            const query = new URLSearchParams({
              kind,
              host: 'jp.mercari.com',
              incident,
              frame: 'f'.repeat(16),
            });
            await page.goto(`chrome-extension://${extensionId}/src/pages/banner/banner.html?${query}`);
            await expect(page.locator('main h1')).not.toBeEmpty();
            await expect(page.locator('main .actions button').first()).toBeVisible();
            const pixels = await page.evaluate(contentOverflow);
            if (pixels > 0)
              overflows.push(`${viewportWidth} px, ${kind}, incident ${incident}: ${pixels} px`);
          }
        }
      }
      expect(overflows).toEqual([]);
    });
  });
}
