import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { distDir } from './support/built-site';

/**
 * Pages for the reader tests, taken from the build (never named here): every HTML page in dist/,
 * the citation map, and pages picked by what their HTML contains.
 */
const DIST = distDir;

export interface Citation {
  page: string;
  pageUrl: string;
  note: number;
  refId: string;
  sourceId: string;
  paragraphId: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name === 'index.html' ? [path] : [];
  });
}

if (!existsSync(join(DIST, 'citations.json'))) throw new Error(`${DIST} has no citations.json: run "npm run build" before the browser tests.`);

/** URL path of every built page (`/`, `/x/`, `/sources/y/`), with its HTML. */
export const builtPages: Array<{ path: string; html: string }> = htmlFiles(DIST)
  .map((file) => ({ path: `/${relative(DIST, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'), html: readFileSync(file, 'utf8') }))
  .sort((a, b) => a.path.localeCompare(b.path));

export const citations: Citation[] = (JSON.parse(readFileSync(join(DIST, 'citations.json'), 'utf8')) as { citations: Citation[] }).citations;

/** Pages that cite sources, most citations first. */
export const citingPages: string[] = [...new Set(citations.map((c) => c.pageUrl))].sort(
  (a, b) => citations.filter((c) => c.pageUrl === b).length - citations.filter((c) => c.pageUrl === a).length || a.localeCompare(b),
);

/** Pages whose built HTML matches `pattern`. */
export const pagesWith = (pattern: RegExp) => builtPages.filter((p) => pattern.test(p.html)).map((p) => p.path);

/** A cited page whose first note reference stands in running text (not in a table). */
export const proseCitingPage = (): string => {
  // Pages with a page head (title, reading time) first: the home page has none.
  const withHead = (path: string) => (builtPages.find((p) => p.path === path)?.html.includes('class="page-head"') ? 0 : 1);
  const found = [...citingPages]
    .sort((a, b) => withHead(a) - withHead(b))
    .find((path) => {
      const html = builtPages.find((p) => p.path === path)?.html ?? '';
      const first = html.indexOf('data-footnote-ref');
      const table = html.indexOf('class="table-scroll"');
      return first >= 0 && (table < 0 || first < table);
    });
  if (!found) throw new Error('No built page has a note reference outside a table.');
  return found;
};

/** Goes to `path` and fails the test unless the host answered 200. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}
