import { expect, test } from '@playwright/test';
import { builtPages, open } from './reader-pages';

// Readable from 320 px: no page of the build may scroll sideways (wide tables scroll inside
// their own region), with a note open too.
test.use({ viewport: { width: 320, height: 640 } });

for (const { path } of builtPages) {
  test(`${path} fits a 320 px screen`, async ({ page }) => {
    await open(page, path);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const ref = page.locator('article a[data-footnote-ref]').first();
    if ((await ref.count()) === 0) return;
    await ref.click();
    await expect(page.locator('.preview:popover-open')).toBeVisible();
    expect(await overflow(), 'with a note open').toBeLessThanOrEqual(0);
  });
}
