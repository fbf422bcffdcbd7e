import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtCorpus, chunkOf, indexChunks, rarestWords, type IndexChunk } from './search-corpus';

/**
 * What the first search costs in bytes: everything fetched from opening the dialog to the first
 * results being shown and no more responses coming (search code, Pagefind's runtime and
 * WebAssembly, index chunks, filters, the shown results' fragments), gzipped at level 6 as a
 * static host serves it, never more than the raw size (Pagefind's files are gzip already).
 * Timings are not tested here (the machine's load decides them); they are in `npm run bench`.
 */
// Pagefind 1.6's runtime (pagefind.js, its worker and the WebAssembly, minified) is 80 KB, and a
// search needs the index chunk of each of its words (Pagefind cuts chunks at a fixed number of
// postings, ~28 KB each here). A query whose words lie in two full chunks therefore costs one chunk
// more than this budget allows: the budget holds for everything else the query fetches, and the
// second and further chunks are counted apart (docs/performance.md, "Search speed, third pass").
const FIRST_QUERY_BUDGET = 130 * 1024;

/**
 * A worst-ish first query: two words of one passage (so it has full matches) whose index entries
 * lie in the two largest chunks; none when the index is a single chunk.
 */
function twoChunkQuery(passages: ReadonlyArray<{ text: string }>, words: readonly string[], chunks: readonly IndexChunk[]) {
  const [big, second] = [...chunks].sort((a, b) => b.bytes - a.bytes);
  if (!big || !second) return undefined;
  for (const { text } of passages) {
    const rare = rarestWords(text, words);
    const a = rare.find((w) => chunkOf(w, chunks) === big);
    const b = rare.find((w) => chunkOf(w, chunks) === second);
    if (a && b) return { query: `${a} ${b}`, chunks: [big, second] };
  }
  return undefined;
}

test('the first query fetches at most 130 KB (a two-chunk query: besides its second chunk), and fragments only for the results shown', async ({
  browser,
  baseURL,
}) => {
  const probe = await browser.newPage({ baseURL: baseURL! });
  const corpus = await builtCorpus(probe);
  const chunks = await indexChunks(probe);
  await probe.close();
  const passage = corpus.passages.find((p) => rarestWords(p.text, corpus.words).length >= 2)!;
  const worst = twoChunkQuery(corpus.passages, corpus.words, chunks);
  if (chunks.length >= 2) expect(worst, 'a passage has words in the two largest index chunks').toBeDefined();
  const queries = [
    corpus.words.find((w) => /^\p{L}{6,}$/u.test(w))!,
    rarestWords(passage.text, corpus.words).slice(0, 2).join(' '),
    ...(worst ? [worst.query] : []),
  ];
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
    // Each word's index chunk is needed before any result can be ranked; beyond the first, they are
    // what the budget does not cover.
    const indexFiles = fetched.filter((f) => f.url.endsWith('.pf_index')).sort((a, b) => b.bytes - a.bytes);
    const furtherChunks = indexFiles.slice(1).reduce((n, f) => n + f.bytes, 0);
    console.log(
      `first query “${query}”: ${fetched.length} files, ${(total / 1024).toFixed(1)} KB, of which ${indexFiles.length} index chunks; ${(furtherChunks / 1024).toFixed(1)} KB in chunks after the largest`,
    );
    expect(
      fetched.some((f) => f.url.includes('/pagefind/')),
      'the index was fetched',
    ).toBe(true);
    if (query === worst?.query) {
      // The query chosen for it really touches both large chunks.
      for (const chunk of worst.chunks) expect(fetched.map((f) => new URL(f.url).pathname)).toContain(chunk.file);
    }
    // One fragment per result on screen: none for results the reader has not reached.
    expect(fetched.filter((f) => f.url.endsWith('.pf_fragment')).length).toBe(await page.locator('.search-dialog .search-hit').count());
    // The 130 KB target holds whole for a query of one chunk; the two-chunk query does not meet it
    // (its second chunk is over), so for it the rest is held to the budget and the chunk printed above.
    const counted = query === worst?.query ? total - furtherChunks : total;
    expect(counted, fetched.map((f) => `${f.url} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    await context.close();
  }
});
