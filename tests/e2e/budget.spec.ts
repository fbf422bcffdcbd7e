import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages } from './reader-pages';

// First-view budgets, half of what Starlight ships for the same content (52.8 KB gzip,
// 30.5 KB JS, 10 requests). Bytes are counted deterministically: every same-origin response
// body the first view fetches, gzipped at level 6 as a static host would serve it. Every reading
// page the build wrote is checked, whatever the corpus (the search page loads its engine by design);
// preview data (archive pages fetched for a note) must not be among them.
const BUDGET = { requests: 5, totalGzip: 26 * 1024, jsGzip: 8 * 1024 };
const readingPages = builtPages.filter((p) => p.path !== '/search/');

test('the build has pages to measure', () => {
  expect(readingPages.length).toBeGreaterThan(1);
});

for (const { path } of readingPages) {
  test(`first view of ${path} stays within budget`, async ({ page, baseURL }) => {
    const fetched: Array<{ url: string; type: string; gzip: number }> = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      fetched.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 6 }).length });
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);
    const offsite = fetched.filter((r) => !r.url.startsWith(baseURL!));
    const js = fetched.filter((r) => r.type === 'script').reduce((n, r) => n + r.gzip, 0);
    const total = fetched.reduce((n, r) => n + r.gzip, 0);
    console.log(`${path}: ${fetched.length} requests, ${(total / 1024).toFixed(1)} KB gzip, ${(js / 1024).toFixed(1)} KB JS`);
    expect(offsite, 'requests to other hosts').toEqual([]);
    expect(
      fetched.filter((r) => r.type === 'fetch' || r.type === 'xhr').map((r) => r.url),
      'no data fetched before a reader asks',
    ).toEqual([]);
    expect(fetched.length, fetched.map((r) => r.url).join('\n')).toBeLessThanOrEqual(BUDGET.requests);
    expect(total).toBeLessThanOrEqual(BUDGET.totalGzip);
    expect(js).toBeLessThanOrEqual(BUDGET.jsGzip);
  });
}
