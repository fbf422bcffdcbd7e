/**
 * `npm run bench`: build-time, first-view and search figures for docs/performance.md. A benchmark,
 * not a test: it prints numbers and fails only when something does not work at all.
 *   npx tsx scripts/bench.ts [--build] [--runs=7] [--build-runs=3] [--weight-scale=10 (0 or 1 skips the page-weight check)]
 * --build-runs=0 skips the timed builds, the Starlight comparison and the page-weight check;
 * --search-only also skips the archive-variant comparison (it builds two more indexes); with
 * --dist=<dir> it measures that built site instead of dist/; --against=<dir> also times the same cold searches on
 * another build of the same content (e.g. main's), run by run in turn with this one, so the machine's load hits both alike.
 *   npx tsx scripts/bench.ts --scale[=1,10,100,300] [--scale-runs=2]
 * builds the corpus multiplied to each size, ours and Starlight interleaved, and prints only that.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { toSearchHit, type PagefindData } from '../src/lib/search/pagefind-hit';
import { buildVariant, recordCount, type Variant } from './bench/archive-variants';
import { ourBuildTimes, scalingCheck, starlightComparison } from './bench/build-sections';
import { scaleBenchmark } from './bench/scale';
import { CHROMIUM_ARGS, describeView, firstView, gz, kb, type Fetched } from './bench/first-view';
import { startStaticServer } from '../tests/support/static-server.mjs';

const VARIANTS_DIR = '.dist-bench';
const args = new Map(
  process.argv.slice(2).map((a): [string, string | undefined] => {
    const [name = '', value] = a.replace(/^--/, '').split('=');
    return [name, value];
  }),
);
const RUNS = Number(args.get('runs') ?? 7);
const BUILD_RUNS = Number(args.get('build-runs') ?? 3);
const SCALE = Number(args.get('weight-scale') ?? 10);
const SEARCH_ONLY = args.has('search-only');
/** The built site measured: `--dist=<dir>` measures another build (e.g. a multiplied corpus's) with --search-only. */
const DIST = args.get('dist') ?? 'dist';
/** Another build of the same content whose cold searches are timed in turn with this one's. */
const AGAINST = args.get('against');

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

/**
 * A brisk typist's pace: 100 ms a key is 120 words a minute. Typed faster (Playwright's default, a
 * few ms a key), "first keystroke → first result" is mostly the time the bench takes to type the
 * whole query, which no reader can, before the first search has even begun; the bench prints both.
 */
const TYPIST_MS = 100;

/**
 * Types `query` key by key (`keyDelayMs` apart) into the open dialog and times two things: from the first keystroke to
 * the first rendered hit (results show while typing, for the words typed so far), and from the last
 * keystroke to the hits of the whole query (the status line names it once they are rendered).
 * Keystrokes are timed when the browser received them (`event.timeStamp`), not when the page got
 * round to handling them: a busy page then counts its delay. With `opener`, that key is pressed
 * first (the dialog's shortcut) and the query follows at the same pace; the opener is not timed.
 */
async function timeTyping(page: Page, query: string, keyDelayMs: number, opener?: string) {
  await page.evaluate(
    ([q, skip]) => {
      const w = window as unknown as { bench: { start?: number; last?: number; first: Promise<number>; done: Promise<number> } };
      const results = document.querySelector('.search-dialog .search-results')!;
      const status = document.querySelector('.search-dialog [role="status"]')!;
      // Functions are not named inside: the bundler would wrap named ones in a helper the page lacks.
      const [first, done] = [
        () => results.querySelector('.search-hit') !== null,
        () => results.querySelector('.search-hit') !== null && (status.textContent ?? '').includes(`“${q}”`),
      ].map(
        (test) =>
          new Promise<number>((resolve) => {
            new MutationObserver((_, observer) => {
              if (!test()) return;
              observer.disconnect();
              resolve(performance.now());
            }).observe(document.querySelector('.search-dialog')!, { childList: true, subtree: true, characterData: true });
          }),
      );
      w.bench = { first: first!, done: done! };
      let opener = skip;
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === opener) return void (opener = undefined);
          w.bench.start ??= event.timeStamp;
          w.bench.last = event.timeStamp;
        },
        { capture: true },
      );
    },
    [query, opener] as const,
  );
  if (opener) {
    await page.keyboard.press(opener);
    await page.waitForTimeout(keyDelayMs);
  }
  await page.keyboard.type(query, { delay: keyDelayMs });
  return page.evaluate(async () => {
    const { bench } = window as unknown as { bench: { start: number; last: number; first: Promise<number>; done: Promise<number> } };
    const [first, done] = await Promise.all([bench.first, bench.done]);
    return { firstMs: first - bench.start, lastMs: done - bench.last };
  });
}

/**
 * One cold search (open the dialog and type: clicked, the first key comes at once; with the '/' shortcut, a key's time
 * after it), then a warm one on the same page; what the first fetched.
 */
async function coldQuery(browser: Browser, origin: string, path: string, query: string, keyDelayMs = 0, open: 'click' | 'shortcut' = 'click') {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  // Bodies are read and gzipped once the timing is over: done on arrival (as `track` does), that
  // work competed with the page for the machine's two cores while the first search was timed.
  const responses: Response[] = [];
  const collect = (response: Response) => void responses.push(response);
  page.on('response', collect);
  if (open === 'click') await page.locator('a.search-open').click();
  const cold = await timeTyping(page, query, keyDelayMs, open === 'shortcut' ? '/' : undefined);
  // Network idle was reached once, on load, so waiting for it returns at once: wait instead until
  // no response has come for half a second.
  for (let seen = -1; seen !== responses.length;) {
    seen = responses.length;
    await page.waitForTimeout(500);
  }
  // What the first query fetched; the second query's downloads are not counted.
  page.off('response', collect);
  const firstFetched = (await Promise.all(responses.map(bodyOf))).filter((f): f is Fetched => f !== undefined);
  // The same page, search code loaded: clear and type a second query.
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('');
  await page.locator('.search-dialog .search-hit').first().waitFor({ state: 'detached' });
  const warm = await timeTyping(page, 'encryption keys', keyDelayMs);
  await context.close();
  return { cold, warm, fetched: firstFetched };
}

type Cold = Awaited<ReturnType<typeof coldQuery>>;

/** A response's size as fetched and as a gzipping host sends it; none for redirects and aborted requests (no body). */
async function bodyOf(response: Response): Promise<Fetched | undefined> {
  try {
    const body = await response.body();
    return { url: response.url(), type: response.request().resourceType(), status: response.status(), raw: body.length, gzip: gz(body) };
  } catch {
    return undefined;
  }
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
  const hits = data.map((d) => toSearchHit(d));
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

/** What the first query's Pagefind downloads are, by part. */
const FIRST_QUERY_PARTS: Array<[string, RegExp]> = [
  ['runtime (pagefind.js, worker, WebAssembly)', /\/(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/],
  ['entry, meta, filters', /pagefind-entry\.json|\.pf_meta$|\.pf_filter$/],
  ['index chunks', /\.pf_index$/],
  ['fragments (one per result shown)', /\.pf_fragment$/],
];

const QUERIES: Array<[string, RegExp]> = [
  ['22-page', /\/sources\/(forum\/#p3|cluley\/#p4)$/],
  ['zero days', /\/sources\/esecurityplanet\/#p5$/],
  ['encryption keys', /\/sources\/appleinsider\/#p8$/],
  ['Erlin', /\/sources\/esecurityplanet\/#p3$/],
  ['antiterrorism law', /\/sources\/(forum\/#p4|cluley\/#p5)$/],
];

async function main() {
  if (args.has('scale')) {
    const sizes = (args.get('scale') ?? '1,10,100,300')
      .split(',')
      .map(Number)
      .filter((n) => n >= 1);
    await scaleBenchmark(resolve('.'), sizes, Number(args.get('scale-runs') ?? 2));
    return;
  }
  // Timed builds leave a fresh dist/ behind, so the figures below are of this very build.
  const ourBuilds = BUILD_RUNS > 0 && !SEARCH_ONLY ? ourBuildTimes(BUILD_RUNS) : undefined;
  if (!ourBuilds && (args.has('build') || !existsSync(join(DIST, 'pagefind', 'pagefind-entry.json')))) {
    execSync('npx astro build', { stdio: 'inherit' });
  }
  const index = indexBytes();
  const explainer = explainerPath();
  const server = await startStaticServer(DIST, { cors: true });
  const other = AGAINST ? await startStaticServer(AGAINST, {}) : undefined;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const views = [];
    const queries: Cold[] = [];
    const paced: Cold[] = [];
    const shortcut: Cold[] = [];
    const against = { queries: [] as Cold[], paced: [] as Cold[], shortcut: [] as Cold[] };
    for (let run = 0; run < RUNS; run++) {
      views.push(await firstView(browser, server.url, explainer));
      for (const [url, into] of [[server.url, { queries, paced, shortcut }] as const, ...(other ? [[other.url, against] as const] : [])]) {
        into.queries.push(await coldQuery(browser, url, explainer, 'zero days'));
        into.paced.push(await coldQuery(browser, url, explainer, 'zero days', TYPIST_MS));
        into.shortcut.push(await coldQuery(browser, url, explainer, 'zero days', TYPIST_MS, 'shortcut'));
      }
    }
    const view = views[0]!;
    const q = queries[0]!;
    const searchCode = q.fetched.filter((f) => f.url.includes('/_astro/'));
    const indexFetched = q.fetched.filter((f) => f.url.includes('/pagefind/'));
    const sum = (fs: Fetched[], k: 'raw' | 'gzip') => fs.reduce((a, f) => a + f[k], 0);
    // A build stopped before its last step (a multiplied corpus measured with --dist) has no service worker.
    const sw = existsSync(join(DIST, 'sw.js')) ? readFileSync(join(DIST, 'sw.js'), 'utf8') : 'self.__OFFLINE__ = {"shell":[]};\n';
    const precacheUrls: string[] = JSON.parse(/self\.__OFFLINE__ = (.*);\n/.exec(sw)![1]!).shell;
    const precacheGzip = precacheUrls.reduce((a, u) => {
      const rel = u.slice(1);
      const file = join(DIST, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
      return a + gz(readFileSync(file));
    }, 0);

    console.log(`\n## Search index (${DIST}/pagefind, files a search may fetch)`);
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
    for (const [part, pattern] of FIRST_QUERY_PARTS) {
      const files = indexFetched.filter((f) => pattern.test(new URL(f.url).pathname));
      console.log(`  ${part}: ${files.length} files, ${kb(sum(files, 'gzip'))} gzip`);
    }
    const line = (label: string, ms: number[]) => console.log(`${label}: median ${median(ms).toFixed(0)} ms  [${ms.map((x) => x.toFixed(0)).join(', ')}]`);
    for (const [build, timed] of [[DIST, { queries, paced, shortcut }] as const, ...(AGAINST ? [[AGAINST, against] as const] : [])]) {
      if (AGAINST) console.log(`### ${build} (the two builds' runs in turn)`);
      for (const [how, runs] of [
        ['at once (Playwright, a few ms a key)', timed.queries],
        [`at ${TYPIST_MS} ms a key (a brisk typist), from the moment the dialog opens`, timed.paced],
        [`at ${TYPIST_MS} ms a key after opening the dialog with the '/' key (at the same pace)`, timed.shortcut],
      ] as const) {
        console.log(`typing key by key ${how}, machine load ${loadavg()[0]!.toFixed(1)} (1-minute average, ${cpus().length} cores):`);
        for (const state of ['cold', 'warm'] as const) {
          const first = state === 'cold' ? 'cold (loads Pagefind)' : 'warm ("encryption keys")';
          line(
            `first keystroke → first rendered result, ${first}`,
            runs.map((x) => x[state].firstMs),
          );
          line(
            `last keystroke → results of the whole query, ${state}`,
            runs.map((x) => x[state].lastMs),
          );
        }
      }
    }
    console.log(`\n## First view of /${explainer} ${explainer ? '' : '(no explainer page yet: the home page stands in)'}`);
    console.log(describeView(view));
    for (const f of view.files) console.log(`  ${f.type.padEnd(10)} ${f.url.replace(server.url, '/')}  ${f.raw} B raw, ${f.gzip} B gzip`);
    console.log(
      `after load, the service worker stores ${precacheUrls.length} files, ${kb(precacheGzip)} gzip (its shell; pages and search files as they are fetched)`,
    );

    if (SEARCH_ONLY) return;
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
    await other?.close();
  }
}

await main();
