import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer } from '../support/static-server.mjs';

/**
 * A deploy while a tab is open: the site is served from a copy of dist/, its service worker
 * changes under the open tab, and the tab must say so, switch on request, and drop the old cache.
 */
const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const BASE = process.env['SITE_BASE'] ?? '/';
let dir: string;
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offline-update-'));
  cpSync(dist, dir, { recursive: true });
  server = await startStaticServer(dir, { base: BASE });
});
test.afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an open tab learns of a new version, reloads into it on request, and the old cache is gone', async ({ page }) => {
  const { cache } = JSON.parse(readFileSync(join(dir, 'offline-manifest.json'), 'utf8')) as { cache: string };
  await page.goto(server.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  expect(await page.evaluate(() => caches.keys())).toContain(cache);
  await expect(page.locator('.update-notice')).toHaveCount(0);

  // "Deploy": a new build's worker differs in its cache name.
  const next = 'sourcebook-next-version';
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(cache, next);
  writeFileSync(join(dir, 'sw.js'), sw);
  // The tab comes back into view (a reader returning to it) and checks for an update.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const notice = page.locator('.update-notice');
  await expect(notice).toContainText('A new version of this site is available.', { timeout: 15_000 });
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to see it' }).click()]);
  await expect.poll(() => page.evaluate(() => caches.keys())).toContain(next);
  expect(await page.evaluate(() => caches.keys())).not.toContain(cache);
  await expect(page.locator('.update-notice')).toHaveCount(0);
});

test("an unknown address gets the site's 404 page: header, search and the way back", async ({ page }) => {
  const response = await page.goto(`${server.url}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('header.site-header a.site-title')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search the site' }).last();
  await search.fill('rules');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=rules$/);
});
