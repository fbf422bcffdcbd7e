import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtCorpus, rarestWords } from './search-corpus';

/**
 * What the first search costs in bytes: everything fetched from opening the dialog to the first
 * results being shown and no more responses coming (search code, Pagefind's runtime and
 * WebAssembly, index chunks, filters, the shown results' fragments), gzipped at level 6 as a
 * static host serves it, never more than the raw size (Pagefind's files are gzip already).
 * Timings are not tested here (the machine's load decides them); they are in `npm run bench`.
 */
// Pagefind 1.6's runtime (pagefind.js, its worker and the WebAssembly, minified) is 80 KB and each
// index chunk a query touches ~28 KB here; a query whose words lie in two chunks costs ~28 KB more
// than this budget allows (docs/performance.md, "First query").
const FIRST_QUERY_BUDGET = 130 * 1024;

test('the first query fetches at most 130 KB, and fragments only for the results shown', async ({ browser, baseURL }) => {
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
    // The page reached network idle once, on load, so waiting for that state returns at once: wait
    // instead until no response has come (and been read) for half a second.
    for (let seen = -1; seen !== fetched.length;) {
      seen = fetched.length;
      await page.waitForTimeout(500);
    }
    const total = fetched.reduce((n, f) => n + f.bytes, 0);
    console.log(`first query “${query}”: ${fetched.length} files, ${(total / 1024).toFixed(1)} KB`);
    expect(
      fetched.some((f) => f.url.includes('/pagefind/')),
      'the index was fetched',
    ).toBe(true);
    // One fragment per result on screen: none for results the reader has not reached.
    expect(fetched.filter((f) => f.url.endsWith('.pf_fragment')).length).toBe(await page.locator('.search-dialog .search-hit').count());
    expect(total, fetched.map((f) => `${f.url} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    await context.close();
  }
});
