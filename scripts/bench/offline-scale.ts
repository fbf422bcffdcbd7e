/**
 * Offline costs on the corpus multiplied (scripts/bench/scaled-site.ts): what a first visit to one
 * page makes the service worker fetch and store, what "Save the whole site" would store, and the
 * offline edition's size, build time and first search from file://. Prints figures for
 * docs/performance.md; fails only when something does not work at all.
 *   npx tsx scripts/bench/offline-scale.ts [--times=20]
 */
process.env['PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS'] = '1';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import { EDITION_ZIP } from '../../src/lib/offline/edition-files';
import { formatSize } from '../../src/lib/offline/edition-zip';
import { startStaticServer } from '../../tests/support/static-server.mjs';
import { CHROMIUM_ARGS, gz } from './first-view';
import { scaledProject } from './scaled-site';

const times = Number(process.argv.find((a) => a.startsWith('--times='))?.split('=')[1] ?? 20);
const { dir, pages } = scaledProject(times);
const t0 = performance.now();
const built = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
if (built.status !== 0) throw new Error(built.stdout + built.stderr);
const buildSeconds = (performance.now() - t0) / 1000;
const dist = join(dir, 'dist');
const line = (name: string) =>
  built.stdout
    .split('\n')
    .findLast((l) => l.includes(name) && !l.includes('Waiting'))
    ?.replace(/^.*?\] /, '') ?? '';

const all = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
const htmlFiles = all.filter((f) => f.endsWith('.html')).length;
const distBytes = all.reduce((s, f) => s + statSync(join(dist, f)).size, 0);
const manifest = JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')) as {
  cache: string;
  bytes: number;
  files: Array<[string, number, 0 | 1]>;
};
const shell = manifest.files.filter(([, , s]) => s);
const shellGzip = shell.reduce((s, [u]) => s + gz(readFileSync(join(dist, u.slice(1)))), 0);
console.log(`×${times}: ${pages} pages, ${htmlFiles} HTML files, dist/ ${formatSize(distBytes)}; build ${buildSeconds.toFixed(1)} s`);
console.log(`  ${line('sourcebook:offline-edition')}`);
console.log(`  ${line('sourcebook:offline-service-worker')}`);
console.log(`  installed shell: ${shell.length} files, ${formatSize(shell.reduce((s, [, b]) => s + b, 0))} raw, ${formatSize(shellGzip)} gzip`);

const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext();
  const swFetched: Array<{ url: string; bytes: number }> = [];
  context.on('requestfinished', async (request) => {
    if (!request.serviceWorker()) return;
    const body = await (await request.response())?.body().catch(() => undefined);
    swFetched.push({ url: request.url(), bytes: body?.length ?? 0 });
  });
  const page = await context.newPage();
  const path = manifest.files.map(([u]) => u).find((u) => /^\/[^/]+-copy-\d+\/$/.test(u)) ?? '/';
  await page.goto(new URL(path.slice(1), server.url).href);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const stored = () =>
    page.evaluate(async (name) => {
      const cache = await caches.open(name);
      let bytes = 0;
      const keys = await cache.keys();
      for (const r of keys) bytes += (await (await cache.match(r))!.blob()).size;
      return { files: keys.length, bytes };
    }, manifest.cache);
  let last = { files: -1, bytes: 0 };
  for (let now = await stored(); now.files !== last.files; now = await stored()) {
    last = now;
    await page.waitForTimeout(500);
  }
  const pageBytes = statSync(join(dist, path.slice(1), 'index.html')).size;
  const beyond = swFetched.filter((f) => new URL(f.url).pathname !== path).reduce((s, f) => s + f.bytes, 0);
  console.log(
    `  first visit of ${path}: the service worker stored ${last.files} files, ${formatSize(last.bytes)} (the page itself ${formatSize(pageBytes)}); it fetched ${swFetched.length} responses, ${formatSize(beyond)} beyond the page (budget 1 MB)`,
  );
  await context.close();

  // The edition from file://: time from the first keystroke to the first rendered hit.
  const unpacked = mkdtempSync(join(tmpdir(), 'offline-scale-edition-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(dist, EDITION_ZIP))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), bytes);
  }
  const folder = join(unpacked, readdirSync(unpacked)[0]!);
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(pathToFileURL(join(folder, 'index.html')).href);
    await p.keyboard.press('/');
    const ms = await p.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('.search-dialog input[name="q"]')!;
      const start = performance.now();
      const first = new Promise<number>((resolve) =>
        new MutationObserver((_, o) => document.querySelector('.search-dialog .search-hit') && (o.disconnect(), resolve(performance.now()))).observe(
          document.body,
          { childList: true, subtree: true },
        ),
      );
      input.value = 'encryption keys';
      input.dispatchEvent(new Event('input'));
      return (await first) - start;
    });
    runs.push(ms);
    await ctx.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const index = statSync(join(folder, 'offline/search-index.js')).size;
  console.log(
    `  edition search index ${formatSize(index)} raw, ${formatSize(gz(readFileSync(join(folder, 'offline/search-index.js'))))} gzip; first search from file:// (load + query + 80 ms debounce), median of 5: ${sorted[2]!.toFixed(0)} ms (${sorted[0]!.toFixed(0)}–${sorted[4]!.toFixed(0)})`,
  );
  rmSync(unpacked, { recursive: true, force: true });
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
