import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/** Debian's Chromium, kept from calling outside hosts: the gates' flags, so the bench measures what the gates check. */
export { CHROMIUM_FLAGS as CHROMIUM_ARGS } from '../../tests/gates/lib/browser';

/** Bytes on the wire from a host that gzips (level 6): Pagefind's index files are gzip already, so never more than raw. */
export const gz = (bytes: Uint8Array) => Math.min(bytes.length, gzipSync(bytes, { level: 6 }).length);

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export interface Fetched {
  url: string;
  type: string;
  status: number;
  raw: number;
  gzip: number;
}

export interface FirstView {
  requests: number;
  jsRaw: number;
  jsGzip: number;
  totalGzip: number;
  files: Fetched[];
}

/** Records every response that has a body. */
export function track(page: Page, into: Fetched[]) {
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      into.push({ url: response.url(), type: response.request().resourceType(), status: response.status(), raw: body.length, gzip: gz(body) });
    } catch {
      /* redirects and aborted requests have no body */
    }
  });
}

/**
 * What a first visit to `origin + path` costs: a fresh context (empty cache), service workers
 * blocked (so the page's own requests are counted, not a worker's precaching), until network idle.
 */
export async function firstView(browser: Browser, origin: string, path: string): Promise<FirstView> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched: Fetched[] = [];
  track(page, fetched);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await context.close();
  // Same-origin only: both sites measured here are self-contained, so anything else would be the browser's own.
  const own = fetched.filter((f) => new URL(f.url).origin === new URL(origin).origin);
  const js = own.filter((f) => f.type === 'script');
  return {
    requests: own.length,
    jsGzip: js.reduce((a, f) => a + f.gzip, 0),
    jsRaw: js.reduce((a, f) => a + f.raw, 0),
    totalGzip: own.reduce((a, f) => a + f.gzip, 0),
    files: own,
  };
}

/** One line: "requests: 4   JS: 3.1 KB raw / 1.8 KB gzip   total: 13.3 KB gzip". */
export const describeView = (view: FirstView) =>
  `requests: ${view.requests}   JS: ${kb(view.jsRaw)} raw / ${kb(view.jsGzip)} gzip   total: ${kb(view.totalGzip)} gzip`;
