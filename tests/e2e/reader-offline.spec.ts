import { expect, test } from '@playwright/test';
import { open, proseCitingPage } from './reader-pages';

// Previews use plain same-origin fetch(): offline, the service worker answers from its cache.
test('offline, a note still opens and its whole paragraph still loads from the cached archive page', async ({ page, context }) => {
  const path = proseCitingPage();
  await open(page, path);
  const ready = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    await navigator.serviceWorker.ready;
    return true;
  });
  expect(ready, 'the site installs its service worker').toBe(true);
  // A controlled page (the worker claims clients), with the archive page cached as any visited page would be.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const ref = page.locator('article a[data-footnote-ref]').first();
  await ref.click();
  const href = (await page.locator('.preview:popover-open a[href*="/sources/"]').first().getAttribute('href'))!;
  await page.keyboard.press('Escape');
  await page.evaluate(async (url) => void (await fetch(url)), new URL(href, page.url()).pathname);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine), 'the network is really off').toBe(false);
  await ref.click();
  await page.locator('.preview:popover-open button.preview-more').first().click();
  await expect(page.locator('.preview:popover-open .preview-excerpt').first()).toBeVisible();
  await expect(page.locator('.preview:popover-open .preview-failed')).toHaveCount(0);
  await context.setOffline(false);
});
