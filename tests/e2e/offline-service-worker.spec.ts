import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// Playwright reports a service worker's own requests only with this set (before the browser starts).
process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';

/** What the service worker may fetch on a first visit beyond the page itself. */
const FIRST_VISIT_BUDGET = 1_000_000;

const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
interface Manifest {
  version: string;
  cache: string;
  bytes: number;
  files: Array<[string, number, 0 | 1]>;
}
const manifest = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as Manifest;
const pages = manifest.files.map(([url]) => url).filter((url) => url.endsWith('/'));
const { citations } = JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')) as { citations: Array<{ pageUrl: string }> };
const BASE = process.env['SITE_BASE'] ?? '/';
const explainer = `${BASE.replace(/\/$/, '')}${citations[0]!.pageUrl}`;

/** The <title> of a page as the build wrote it. */
const builtTitle = (url: string) => {
  const file = join(dist, url.slice(BASE.length), 'index.html');
  return /<title>([^<]*)<\/title>/
    .exec(readFileSync(file, 'utf8'))![1]!
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
};

async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

/** URL → stored bytes of everything in this build's cache. */
const stored = (page: Page) =>
  page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const out: Record<string, number> = {};
    for (const request of await cache.keys()) out[new URL(request.url).pathname] = (await (await cache.match(request))!.blob()).size;
    return out;
  }, manifest.cache);

test('a first visit stores what every page needs and the page itself, not the site', async ({ page, context }) => {
  const swFetched: Array<{ url: string; bytes: number }> = [];
  context.on('requestfinished', async (request) => {
    if (!request.serviceWorker()) return;
    const response = await request.response();
    swFetched.push({ url: request.url(), bytes: (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0 });
  });
  const response = await page.goto(explainer);
  expect(response?.status()).toBe(200);
  await controlled(page);
  // Until the cache stops growing.
  let before = -1;
  let now = await stored(page);
  while (Object.keys(now).length !== before) {
    before = Object.keys(now).length;
    await page.waitForTimeout(300);
    now = await stored(page);
  }
  const shell = manifest.files.filter(([, , s]) => s).map(([u]) => u);
  expect(Object.keys(now).sort()).toEqual([...shell, explainer].sort());
  const beyondPage = Object.entries(now)
    .filter(([u]) => u !== explainer)
    .reduce((s, [, b]) => s + b, 0);
  expect(beyondPage).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  expect(Object.keys(now).length).toBeLessThan(manifest.files.length);
  // What the worker itself downloaded (its requests), beyond the page: within the budget too.
  expect(swFetched.length).toBeGreaterThan(0);
  expect(swFetched.filter((f) => new URL(f.url).pathname !== explainer).reduce((s, f) => s + f.bytes, 0)).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
});

test('"Save the whole site" shows the size, saves every page for offline reading, and can be undone', async ({ page, context }) => {
  await page.goto(explainer);
  await controlled(page);
  const control = page.locator('[data-offline-save]');
  await control.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
  const status = control.getByRole('status');
  await expect(status).toContainText('Saving the whole site stores');
  const save = control.getByRole('button', { name: /^Save \d/ });
  await expect(save).toBeVisible();
  await save.click();
  await expect(status).toContainText('The whole site is saved on this device', { timeout: 60_000 });
  expect(Object.keys(await stored(page)).length).toBe(manifest.files.length);

  await context.setOffline(true);
  for (const url of pages) {
    const r = await page.goto(url);
    expect(r?.status(), url).toBe(200);
    // The saved page itself (a home page need not have an <h1>): its title, as built.
    await expect(page, url).toHaveTitle(builtTitle(url));
  }
  // The page that was open before "Save" is kept by "Remove"; others go.
  await context.setOffline(false);
  await page.goto(explainer);
  await control.getByRole('button', { name: 'Save the whole site for offline reading' }).click();
  await control.getByRole('button', { name: 'Remove the saved copy' }).click();
  await expect(status).toContainText('Removed.');
  const left = Object.keys(await stored(page));
  expect(left.length).toBeLessThan(manifest.files.length);
  expect(left).toContain(explainer);
  const other = pages.find((u) => u !== explainer && !left.includes(u))!;
  await context.setOffline(true);
  const r = await page.goto(other);
  expect(r?.status()).toBe(503);
  await expect(page.locator('body')).toContainText('not been saved for offline reading');
  await context.setOffline(false);
});
