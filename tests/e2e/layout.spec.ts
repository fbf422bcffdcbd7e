import { expect, test } from '@playwright/test';

// Readable from 320 px: no page may scroll sideways (wide tables scroll inside their own region).
const pages = ['/', '/bank-rules/', '/claims/', '/timeline/', '/glossary/', '/sources/', '/sources/appleinsider/', '/sources/cluley/', '/search/'];

test.use({ viewport: { width: 320, height: 640 } });

for (const path of pages) {
  test(`${path} fits a 320 px screen`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
