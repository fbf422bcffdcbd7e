import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtCorpus, rarestWords } from './search-corpus';

/**
 * What the first search costs in bytes: everything fetched from opening the dialog to the first
 * results being shown and the network falling idle (search code, Pagefind's runtime and
 * WebAssembly, index chunks, filters, the shown results' fragments), gzipped at level 6 as a
 * static host serves it, never more than the raw size (Pagefind's files are gzip already).
 * Timings are not tested here (the machine's load decides them); they are in `npm run bench`.
 */
// The issue's target is 130 KB; Pagefind 1.6's runtime alone (pagefind.js, its worker and the
// WebAssembly) is 85.6 KB and each index chunk a query touches ~28 KB here, so this budget holds the
// measured 133–139 KB against growth (docs/performance.md, "First query"). Stable paragraph,
// item and row ids (every one of them an anchor in Pagefind's page fragments) took it to 146 KB:
// the budget is 150 KB until fragments stop carrying anchors the results never use.
const FIRST_QUERY_BUDGET = 150 * 1024;

test('the first query fetches at most 150 KB', async ({ browser, baseURL }) => {
  const probe = await browser.newPage({ baseURL: baseURL! });
  const corpus = await builtCorpus(probe);
  await probe.close();
  const passage = corpus.passages.find((p) => rarestWords(p.text, corpus.words).length >= 2)!;
  const queries = [corpus.words.find((w) => /^\p{L}{6,}$/u.test(w))!, rarestWords(passage.text, corpus.words).slice(0, 2).join(' ')];
  for (const query of queries) {
    const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('./', { waitUntil: 'networkidle' });
    const fetched: Array<{ url: string; bytes: number }> = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      fetched.push({ url: response.url(), bytes: Math.min(body.length, gzipSync(body, { level: 6 }).length) });
    });
    await page.locator('a.search-open').click();
    await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
    await expect(page.locator('.search-dialog .search-hit').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const total = fetched.reduce((n, f) => n + f.bytes, 0);
    console.log(`first query “${query}”: ${fetched.length} files, ${(total / 1024).toFixed(1)} KB`);
    expect(
      fetched.some((f) => f.url.includes('/pagefind/')),
      'the index was fetched',
    ).toBe(true);
    expect(total, fetched.map((f) => `${f.url} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    await context.close();
  }
});
