/**
 * Which engine should search the offline edition? Builds the same documents (the offline
 * edition's own, from dist/pagefind's fragments, multiplied) into MiniSearch, FlexSearch and Orama,
 * ships each as the edition would (runtime as a classic script, index as `JSON.parse('…')`), opens
 * them from file:// in Chromium and prints bytes, load time and the first query's time.
 *   npx tsx scripts/bench/offline-engines.ts [--times=1,80] [--runs=5]   (needs a build: dist/pagefind)
 * The engines compared but not shipped are devDependencies, for this benchmark only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build as esbuild } from 'esbuild';
import { classicData } from '../../src/lib/offline/classic-script';
import { decodeFragment } from '../../src/lib/offline/pagefind-fragment';
import { fragmentDocuments } from '../../src/lib/offline/search-documents';
import { CHROMIUM_ARGS } from './first-view';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const TIMES = (args.get('times') ?? '1,80').split(',').map(Number);
const RUNS = Number(args.get('runs') ?? 5);
const ENGINES = ['minisearch', 'flexsearch', 'orama'];
const QUERY = 'encryption keys';

const fragDir = 'dist/pagefind/fragment';
const base = fragmentDocuments(readdirSync(fragDir).map((f) => decodeFragment(readFileSync(join(fragDir, f)))));
const pagesPerCopy = new Set(base.map((d) => d.url.split('#')[0])).size;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
console.log(`| engine | pages | runtime gzip | index gzip | load (median of ${RUNS}) | first query "${QUERY}" | hits |`);
console.log('|---|---|---|---|---|---|---|');
for (const times of TIMES) {
  const docs = Array.from({ length: times }, (_, k) =>
    base.map((d) => ({ ...d, url: k === 0 ? d.url : d.url.replace(/^\/([^#]*?)\/?(#|$)/, `/$1-copy-${k + 1}/$2`) })),
  )
    .flat()
    .map((d, id) => ({ ...d, id }));
  for (const engine of ENGINES) {
    const dir = mkdtempSync(join(tmpdir(), `offline-engine-${engine}-`));
    const mod = await import(`./offline-engines/${engine}.ts`);
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import * as e from ${JSON.stringify(join(import.meta.dirname, 'offline-engines', `${engine}.ts`))};\n(self as any).Engine = { open: e.open };\n`,
    );
    const runtime = (await esbuild({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'error' })).outputFiles[0]!
      .contents;
    writeFileSync(join(dir, 'runtime.js'), runtime);
    const data = classicData('__index', await mod.build(docs));
    writeFileSync(join(dir, 'index.js'), data);
    writeFileSync(join(dir, 'page.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script src="runtime.js"></script>');
    const loads: number[] = [];
    const queries: number[] = [];
    let hits = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(pathToFileURL(join(dir, 'page.html')).href);
      const r = await page.evaluate(async (q) => {
        const t0 = performance.now();
        await new Promise((resolve, reject) => {
          const s = document.createElement('script');
          s.src = 'index.js';
          s.onload = resolve;
          s.onerror = reject;
          document.head.append(s);
        });
        const w = self as unknown as { __index: unknown; Engine: { open(d: unknown): (q: string) => string[] } };
        const search = w.Engine.open(w.__index);
        const t1 = performance.now();
        const found = search(q);
        return { load: t1 - t0, query: performance.now() - t1, hits: found.length };
      }, QUERY);
      loads.push(r.load);
      queries.push(r.query);
      hits = r.hits;
      await context.close();
    }
    console.log(
      `| ${mod.name} | ${pagesPerCopy * times} | ${kb(gzipSync(runtime).length)} | ${kb(gzipSync(data).length)} | ${median(loads).toFixed(0)} ms | ${median(queries).toFixed(1)} ms | ${hits} |`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
}
await browser.close();
