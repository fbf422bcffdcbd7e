/**
 * `npm run bench`: build-time, first-view and search figures for docs/performance.md. A benchmark,
 * not a test: it prints numbers and fails only when something does not work at all.
 *   npx tsx scripts/bench.ts [--build] [--runs=7] [--build-runs=3] [--scale=10 (0 or 1 skips the scaling check)]
 * --build-runs=0 skips the timed builds, the Starlight comparison and the scaling check.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { toSearchHit, type PagefindData } from '../src/lib/search/pagefind-hit';
import { buildVariant, recordCount, type Variant } from './bench/archive-variants';
import { ourBuildTimes, scalingCheck, starlightComparison } from './bench/build-sections';
import { CHROMIUM_ARGS, describeView, firstView, gz, kb, track, type Fetched } from './bench/first-view';
import { startStaticServer } from '../tests/support/static-server.mjs';

const DIST = 'dist';
const VARIANTS_DIR = '.dist-bench';
const args = new Map(
  process.argv.slice(2).map((a): [string, string | undefined] => {
    const [name = '', value] = a.replace(/^--/, '').split('=');
    return [name, value];
  }),
);
const RUNS = Number(args.get('runs') ?? 7);
const BUILD_RUNS = Number(args.get('build-runs') ?? 3);
const SCALE = Number(args.get('scale') ?? 10);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/** Pagefind files a search can fetch (its three ready-made interfaces are never loaded). */
function indexBytes() {
  const root = join(DIST, 'pagefind');
  const all = filesUnder(root).filter((f) => !/^pagefind-(ui|component-ui|modular-ui|highlight)\.|^wasm\.unknown/.test(f));
  const sum = (pick: (f: string) => boolean) =>
    all.filter(pick).reduce(
      (acc, f) => {
        const bytes = readFileSync(join(root, f));
        return { raw: acc.raw + bytes.length, gzip: acc.gzip + gz(bytes), files: acc.files + 1 };
      },
      { raw: 0, gzip: 0, files: 0 },
    );
  return {
    runtime: sum((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f)),
    data: sum((f) => !/^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f)),
    fragments: sum((f) => f.startsWith('fragment')),
  };
}

/** The page that stands for "an explainer": the first built page whose facets say kind:explainer, else the home page. */
function explainerPath(): string {
  for (const f of filesUnder(DIST).filter((f) => f.endsWith('index.html') && !f.startsWith('sources'))) {
    if (readFileSync(join(DIST, f), 'utf8').includes('data-pagefind-filter="kind:explainer"')) return f.replace(/index\.html$/, '');
  }
  return '';
}

/** One cold search: open the dialog, type, time from the first keystroke to the first rendered hit. */
async function coldQuery(browser: Browser, origin: string, path: string, query: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const fetched: Fetched[] = [];
  track(page, fetched);
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number; benchFirst?: Promise<number> };
    document.addEventListener('keydown', () => (w.benchStart ??= performance.now()), { capture: true });
    w.benchFirst = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.search-hit')) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.locator('a.search-open').click();
  const coldMs = await (async () => {
    await page.keyboard.type(query);
    return page.evaluate(async () => {
      const w = window as unknown as { benchStart: number; benchFirst: Promise<number> };
      return (await w.benchFirst) - w.benchStart;
    });
  })();
  await page.waitForLoadState('networkidle');
  // The same page, search code loaded: clear and type a second query.
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await input.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number | undefined; benchFirst?: Promise<number> };
    w.benchStart = undefined;
    w.benchFirst = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.search-hit')) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(document.querySelector('.search-results')!, { childList: true });
    });
  });
  await page.keyboard.type('encryption keys');
  const warmMs = await page.evaluate(async () => {
    const w = window as unknown as { benchStart: number; benchFirst: Promise<number> };
    return (await w.benchFirst) - w.benchStart;
  });
  await context.close();
  return { coldMs, warmMs, fetched };
}

/** Where the expected deep link ranks among the hits of one index variant (1 = first; 0 = absent). */
async function rankIn(page: Page, bundle: string, query: string, expected: RegExp) {
  const data = (await page.evaluate(
    async ([bundleUrl, q]) => {
      const pf = await import(bundleUrl!);
      await pf.options({ baseUrl: '/' });
      const found = await pf.search(q);
      return Promise.all(found.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
    },
    [bundle, query],
  )) as PagefindData[];
  const hits = data.map(toSearchHit);
  const at = hits.findIndex((h) => expected.test(h.url));
  const hit = hits[at];
  // When no hit links to the paragraph, say where the hit for the right page links instead.
  const samePage = new RegExp(expected.source.replace(/#p\d+/g, '#[\\w-]+'));
  const pageAt = hits.findIndex((h) => samePage.test(h.url));
  return {
    rank: at + 1,
    excerptWords: hit
      ? hit.excerpt
          .map((p) => p.text)
          .join('')
          .split(/\s+/).length
      : 0,
    section: hit?.section ?? '',
    instead: pageAt >= 0 ? `#${pageAt + 1} → ${hits[pageAt]!.url.replace(/^.*\//, '')} “${hits[pageAt]!.section ?? 'page top'}”` : 'not found',
  };
}

const QUERIES: Array<[string, RegExp]> = [
  ['22-page', /\/sources\/(forum\/#p3|cluley\/#p4)$/],
  ['zero days', /\/sources\/esecurityplanet\/#p5$/],
  ['encryption keys', /\/sources\/appleinsider\/#p8$/],
  ['Erlin', /\/sources\/esecurityplanet\/#p3$/],
  ['antiterrorism law', /\/sources\/(forum\/#p4|cluley\/#p5)$/],
];

async function main() {
  // Timed builds leave a fresh dist/ behind, so the figures below are of this very build.
  const ourBuilds = BUILD_RUNS > 0 ? ourBuildTimes(BUILD_RUNS) : undefined;
  if (!ourBuilds && (args.has('build') || !existsSync(join(DIST, 'pagefind', 'pagefind-entry.json')))) {
    execSync('npx astro build', { stdio: 'inherit' });
  }
  const index = indexBytes();
  const explainer = explainerPath();
  const server = await startStaticServer(DIST, { cors: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const views = [];
    const queries = [];
    for (let run = 0; run < RUNS; run++) {
      views.push(await firstView(browser, server.url, explainer));
      queries.push(await coldQuery(browser, server.url, explainer, 'zero days'));
    }
    const view = views[0]!;
    const q = queries[0]!;
    const searchCode = q.fetched.filter((f) => f.url.includes('/_astro/'));
    const indexFetched = q.fetched.filter((f) => f.url.includes('/pagefind/'));
    const sum = (fs: Fetched[], k: 'raw' | 'gzip') => fs.reduce((a, f) => a + f[k], 0);
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precacheUrls: string[] = JSON.parse(/self\.__PRECACHE__ = (.*);\n/.exec(sw)![1]!).urls;
    const precacheGzip = precacheUrls.reduce((a, u) => {
      const rel = u.slice(1);
      const file = join(DIST, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
      return a + gz(readFileSync(file));
    }, 0);

    console.log(`\n## Search index (dist/pagefind, files a search may fetch)`);
    console.log(`runtime  (pagefind.js + worker + wasm): ${index.runtime.files} files, ${kb(index.runtime.raw)} raw, ${kb(index.runtime.gzip)} on the wire`);
    console.log(
      `data     (entry + meta + index + filters + fragments): ${index.data.files} files, ${kb(index.data.raw)} raw, ${kb(index.data.gzip)} on the wire`,
    );
    console.log(`  of which fragments: ${index.fragments.files} files, ${kb(index.fragments.raw)} raw`);
    console.log(`\n## First query ("zero days", cold page, ${RUNS} runs)`);
    console.log(`search code fetched on open: ${searchCode.length} files, ${kb(sum(searchCode, 'raw'))} raw, ${kb(sum(searchCode, 'gzip'))} gzip`);
    console.log(
      `Pagefind fetched by the first query: ${indexFetched.length} files, ${kb(sum(indexFetched, 'raw'))} raw, ${kb(sum(indexFetched, 'gzip'))} gzip`,
    );
    for (const f of indexFetched) console.log(`  ${f.url.replace(server.url, '/')}  ${f.raw} B`);
    console.log(
      `keystroke → first rendered result, cold (loads Pagefind): median ${median(queries.map((x) => x.coldMs)).toFixed(0)} ms  [${queries.map((x) => x.coldMs.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `keystroke → first rendered result, warm ("encryption keys"): median ${median(queries.map((x) => x.warmMs)).toFixed(0)} ms  [${queries.map((x) => x.warmMs.toFixed(0)).join(', ')}]`,
    );
    console.log(`\n## First view of /${explainer} ${explainer ? '' : '(no explainer page yet: the home page stands in)'}`);
    console.log(describeView(view));
    for (const f of view.files) console.log(`  ${f.type.padEnd(10)} ${f.url.replace(server.url, '/')}  ${f.raw} B raw, ${f.gzip} B gzip`);
    console.log(`after load, the service worker stores ${precacheUrls.length} files, ${kb(precacheGzip)} gzip (whole site + index, once)`);

    console.log(`\n## Archive: one record per paragraph vs heading-based sub-results`);
    const variants: Variant[] = ['records', 'page', 'headings'];
    for (const v of variants.slice(1)) await buildVariant(v as Exclude<Variant, 'records'>, DIST, VARIANTS_DIR);
    const variantServer = await startStaticServer(VARIANTS_DIR, { cors: true });
    const page = await browser.newPage();
    console.log(`records variant adds ${recordCount()} custom records`);
    console.log(`| variant | index data on the wire | fetched for these 5 queries | ${QUERIES.map(([q]) => `“${q}”`).join(' | ')} |`);
    for (const v of variants) {
      const root = v === 'records' ? join(DIST, 'pagefind') : join(VARIANTS_DIR, v, 'pagefind');
      const dataGzip = filesUnder(root)
        .filter((f) => !/^pagefind[-.]|^wasm\./.test(f) || /\.pf_meta$|entry\.json$/.test(f))
        .reduce((a, f) => a + gz(readFileSync(join(root, f))), 0);
      const bundle = v === 'records' ? `${server.url}pagefind/pagefind.js` : `${variantServer.url}${v}/pagefind/pagefind.js`;
      // Pagefind's worker must be same-origin with the page, and a plain (404) page has no CSP.
      await page.goto(new URL('/no-such-page', bundle).href);
      const cells = [];
      let fetchedBytes = 0;
      const count = (response: import('@playwright/test').Response) =>
        void response.body().then(
          (b) => (fetchedBytes += b.length),
          () => {},
        );
      page.on('response', count);
      for (const [query, expected] of QUERIES) {
        const r = await rankIn(page, bundle, query, expected);
        cells.push(r.rank ? `#${r.rank} ${r.section} (${r.excerptWords} words)` : `no ¶ link: ${r.instead}`);
      }
      await page.waitForTimeout(200);
      page.off('response', count);
      console.log(`| ${v} | ${kb(dataGzip)} | ${kb(fetchedBytes)} | ${cells.join(' | ')} |`);
    }
    await variantServer.close();

    if (ourBuilds) {
      await starlightComparison(browser, BUILD_RUNS, explainer, ourBuilds, view);
      if (SCALE > 1 && !(await scalingCheck(browser, BUILD_RUNS, SCALE, explainer, view))) process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
