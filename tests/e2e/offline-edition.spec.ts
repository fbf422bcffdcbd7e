import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import {
  EDITION_INDEX_GLOBAL,
  EDITION_INDEX_SCRIPT,
  EDITION_SEARCH_NOTE,
  EDITION_TEXT_GLOBAL,
  EDITION_ZIP,
  editionTextScript,
} from '../../src/lib/offline/edition-files';
import type { OfflineIndexData } from '../../src/lib/search/minisearch-engine';

/**
 * The downloadable edition, unzipped into a temp folder and opened from file:// as a reader would:
 * an explainer, one of its footnotes' source paragraph, a search and its result — with no request
 * leaving the disk.
 */
const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
let folder: string;
let root: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offline-edition-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(dist, EDITION_ZIP))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), bytes);
  }
  const [only] = readdirSync(root);
  folder = join(root, only!);
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Citation {
  pageUrl: string;
  sourceId: string;
  paragraphId: string;
}

test('the unzipped edition reads, follows a footnote, searches and opens a result from file:// without the network', async ({ browser }) => {
  const self: Record<string, unknown> = {};
  runInNewContext(readFileSync(join(folder, EDITION_INDEX_SCRIPT), 'utf8'), { self });
  const data = self[EDITION_INDEX_GLOBAL] as OfflineIndexData;
  // An explainer from the build's own index, and one of its citations from the build's list.
  const { citations } = JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')) as { citations: Citation[] };
  const explainers = new Set(data.docs.filter((d) => d[3] === 'explainer').map((d) => d[0].split('#')[0]));
  const cited = citations.find((c) => explainers.has(c.pageUrl));
  expect(cited, 'a citation on an explainer page').toBeDefined();
  const c = cited!;

  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  // pathToFileURL would escape the fragment's `#`.
  const fileUrl = (path: string) => {
    const [file = '', hash] = path.split('#');
    return pathToFileURL(join(folder, file)).href + (hash === undefined ? '' : `#${hash}`);
  };

  await page.goto(fileUrl('index.html'));
  // The stylesheet applied: the skip link is out of the flow, which no browser default does.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).not.toBe('static');
  const explainerLink = page.locator(`a[href$="${c.pageUrl.slice(1)}index.html"]`).first();
  if ((await explainerLink.count()) > 0) await explainerLink.click();
  else await page.goto(fileUrl(`${c.pageUrl.slice(1)}index.html`));
  await expect(page).toHaveURL(fileUrl(`${c.pageUrl.slice(1)}index.html`));

  // A footnote's link to its source paragraph, as the reader follows it.
  const sourceLink = page.locator(`.footnotes a[href$="sources/${c.sourceId}/index.html#${c.paragraphId}"]`).first();
  await sourceLink.scrollIntoViewIfNeeded();
  await sourceLink.click();
  await expect(page).toHaveURL(fileUrl(`sources/${c.sourceId}/index.html#${c.paragraphId}`));
  await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(c.paragraphId);

  // Search a phrase of that paragraph, as the offline index holds it.
  const id = data.docs.findIndex((d) => d[0] === `/sources/${c.sourceId}/#${c.paragraphId}`);
  expect(id, 'the cited paragraph is in the offline index').toBeGreaterThanOrEqual(0);
  const chunk = Math.floor(id / data.chunkSize);
  runInNewContext(readFileSync(join(folder, editionTextScript(chunk)), 'utf8'), { self });
  const text = (self[EDITION_TEXT_GLOBAL] as Record<number, string[]>)[chunk]![id % data.chunkSize]!;
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length >= 5);
  const query = words.slice(0, 3).join(' ');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(page.locator('.search-dialog [role="status"]')).toContainText(`for “${query}”`);
  await expect(page.locator('.search-dialog .search-edition-note')).toHaveText(EDITION_SEARCH_NOTE);
  const hit = page.locator(`.search-dialog a.search-hit-link[href*="sources/${c.sourceId}/index.html?"][href$="#${c.paragraphId}"]`);
  await expect(hit).toHaveCount(1);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`sources/${c.sourceId}/index\\.html\\?pagefind-highlight=.*#${c.paragraphId}$`));
  await expect(page.locator(`[id="${c.paragraphId}"] mark.search-term`).first()).toBeVisible();

  // The /search/ page, opened from the dialog's "All results", searches too.
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
  await page.getByRole('button', { name: 'All results' }).click();
  await expect(page).toHaveURL(new RegExp(`search/index\\.html\\?q=`));
  await expect(page.locator('[data-search-page] .search-hit').first()).toBeVisible();

  expect(problems).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await context.close();
});

test('dark mode applies in the edition', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(dark);
  await context.close();
});
