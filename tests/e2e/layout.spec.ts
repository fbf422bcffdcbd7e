import { expect, test } from '@playwright/test';
import { builtPagePaths } from './support/built-site';

// Readable from 320 px: no page may scroll sideways (wide tables scroll inside their own region).
// Every page the build wrote, whatever the corpus.
const pages = builtPagePaths();

test.use({ viewport: { width: 320, height: 640 } });

for (const path of pages) {
  test(`${path} fits a 320 px screen`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
