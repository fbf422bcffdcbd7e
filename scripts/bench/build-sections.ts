import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { CLEARED, describeTimes, median, timeBuilds, type BuildTimes } from './build-time';
import { firstView, kb, type FirstView } from './first-view';
import { scaledProject } from './scaled-site';
import { loadSiteConfig } from '../../src/lib/site-config';
import { installStarlight, STARLIGHT_DIR, STARLIGHT_DIST, starlightBuildCommand, writeStarlightConfig, writeStarlightSite } from './starlight-site';
import { startStaticServer } from '../../tests/support/static-server.mjs';

/** The sections of `npm run bench` about build time and about how page weight scales. */

const countPages = (dist: string) => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

async function viewOf(browser: Browser, dist: string, path: string): Promise<FirstView> {
  const server = await startStaticServer(dist);
  try {
    return await firstView(browser, server.url, path);
  } finally {
    await server.close();
  }
}

export interface OurBuilds {
  /** `npm run build`: npm, then scripts/safe-build.mjs, then astro build into a staging folder, then the swap. */
  atomic: BuildTimes;
  /** `node astro.mjs build` alone, the command the Starlight site is built with. */
  astro: BuildTimes;
}

/** Times our build both ways; the atomic build runs last, so it leaves the dist/ measured below. */
export function ourBuildTimes(runs: number): OurBuilds {
  console.log(`\n## Build time (${runs} runs each; before each run: rm -rf ${CLEARED.join(' ')})`);
  const astro = timeBuilds(runs, resolve('.'), process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
  console.log(`Sourcebook, astro build alone: ${describeTimes(astro)}`);
  const atomic = timeBuilds(runs, resolve('.'), 'npm', ['run', 'build']);
  console.log(`Sourcebook, npm run build (atomic): ${describeTimes(atomic)}, ${countPages('dist')} HTML files`);
  if (atomic.failed || astro.failed) throw new Error(`our build failed: ${atomic.failed ?? astro.failed}`);
  return { atomic, astro };
}

const row = (label: string, a: string, b: string) => `| ${label} | ${a} | ${b} |`;

/** Builds a stock Starlight site on the same content and compares; never throws (prints why instead). */
export async function starlightComparison(browser: Browser, runs: number, explainer: string, ours: OurBuilds, ourView: FirstView) {
  console.log(`\n## Starlight on the same content (${STARLIGHT_DIR})`);
  try {
    const setup = installStarlight(resolve('.'));
    if (!setup.ok) return void console.log(`Starlight comparison skipped: ${setup.why}`);
    const { pages } = writeStarlightSite(resolve('.'));
    console.log(
      `${setup.versions}; ${pages} Markdown pages (our pages with citations as plain footnotes, one page per source, a sources list); Node ${process.version}`,
    );
    const [command, commandArgs] = starlightBuildCommand();
    const theirs = timeBuilds(runs, STARLIGHT_DIR, command, commandArgs);
    console.log(`Starlight build (astro build, same clearing): ${describeTimes(theirs)}`);
    if (theirs.failed) return void console.log('Starlight comparison stops here: its build failed.');
    const view = await viewOf(browser, STARLIGHT_DIST, explainer);
    // Like for like: Starlight on the unified() Markdown processor our plugins require.
    writeStarlightConfig(loadSiteConfig(resolve('content/site.yaml')).title, 'unified');
    const theirsUnified = timeBuilds(runs, STARLIGHT_DIR, command, commandArgs);
    console.log(`Starlight build with markdown.processor: unified(): ${describeTimes(theirsUnified)}`);
    writeStarlightConfig(loadSiteConfig(resolve('content/site.yaml')).title, 'default');
    const ms = (t: BuildTimes) => `${(median(t.times) / 1000).toFixed(1)} s`;
    console.log(`\n${row('', 'Sourcebook', 'Starlight')}\n${row('---', '---', '---')}`);
    console.log(row(`astro build, median of ${runs}`, ms(ours.astro), ms(theirs)));
    console.log(row(`astro build with unified() in both, median of ${runs}`, ms(ours.astro), theirsUnified.failed ? 'failed' : ms(theirsUnified)));
    console.log(row(`npm run build (atomic), median of ${runs}`, ms(ours.atomic), '–'));
    console.log(row('HTML files built', String(countPages('dist')), String(countPages(STARLIGHT_DIST))));
    console.log(row(`first view /${explainer}: requests`, String(ourView.requests), String(view.requests)));
    console.log(row('JS gzip', kb(ourView.jsGzip), kb(view.jsGzip)));
    console.log(row('total gzip', kb(ourView.totalGzip), kb(view.totalGzip)));
    console.log(`Starlight's first view, file by file:`);
    for (const f of view.files)
      console.log(`  ${f.type.padEnd(10)} ${new URL(f.url).pathname}  ${f.status === 200 ? '' : `(HTTP ${f.status}) `}${f.raw} B raw, ${f.gzip} B gzip`);
  } catch (error) {
    console.log(`Starlight comparison failed: ${(error as Error).message}`);
  }
}

/** Builds a copy with every page `times` times and compares the explainer's first view with ours. */
export async function scalingCheck(browser: Browser, runs: number, times: number, explainer: string, ourView: FirstView): Promise<boolean> {
  console.log(`\n## Page weight vs number of pages (a project copy with content/pages ×${times})`);
  const { dir, pages } = scaledProject(times);
  try {
    const built = timeBuilds(runs, dir, 'npm', ['run', 'build']);
    console.log(`×${times} build (${pages} written pages): ${describeTimes(built)}, ${built.times.length ? countPages(join(dir, 'dist')) : 0} HTML files`);
    if (built.failed) return false;
    const view = await viewOf(browser, join(dir, 'dist'), explainer);
    const change = (a: number, b: number) => `${b - a >= 0 ? '+' : ''}${(((b - a) / a) * 100).toFixed(2)}%`;
    console.log(`\n| /${explainer} first view | ${pages / times} pages | ${pages} pages | change |\n|---|---|---|---|`);
    console.log(`| requests | ${ourView.requests} | ${view.requests} | ${view.requests - ourView.requests} |`);
    console.log(`| JS gzip | ${ourView.jsGzip} B | ${view.jsGzip} B | ${change(ourView.jsGzip, view.jsGzip)} |`);
    console.log(`| total gzip | ${ourView.totalGzip} B | ${view.totalGzip} B | ${change(ourView.totalGzip, view.totalGzip)} |`);
    const same = view.requests === ourView.requests && Math.abs(view.totalGzip - ourView.totalGzip) <= ourView.totalGzip * 0.01;
    console.log(same ? `Same within ±1%: yes.` : `NOT the same within ±1%: the first view grows with the site.`);
    return same;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
