import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../../tests/support/static-server.mjs';
import { loadSiteConfig } from '../../src/lib/site-config';
import { CHROMIUM_ARGS, gz, kb } from './first-view';
import { folderBytes, PHASES, timePhasedBuild, type PhasedBuild } from './phased-build';
import { scaledProject } from './scaled-site';
import { installStarlight, STARLIGHT_DIR, STARLIGHT_DIST, starlightBuildCommand, writeStarlightConfig, writeStarlightSite } from './starlight-site';

/**
 * `npm run bench -- --scale[=1,10,100,300] [--scale-runs=2]`: the corpus multiplied N times
 * (scaled-site.ts), built by us and by a stock Starlight on the same content, interleaved (ours,
 * Starlight, ours, Starlight …) so that the machine's noise falls on both alike.
 */

/** The median (of an even count, the mean of the middle two). */
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const htmlFiles = (dist: string) => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/** The slug of the first page whose frontmatter says `kind: explainer` (both sites use the same slugs). */
function explainerSlug(project: string): string {
  const dir = join(project, 'content/pages');
  const name = readdirSync(dir)
    .filter((n) => !n.includes('-copy-'))
    .sort()
    .find((n) => /^kind:\s*explainer\s*$/m.test(readFileSync(join(dir, n), 'utf8')));
  return name ? name.replace(/\.mdx?$/, '') : '';
}
const fileBytes = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Bytes a first search fetches on our site (search code + Pagefind), from a cold page, and how long it took. */
async function firstQuery(dist: string, query: string) {
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    let bytes = 0;
    page.on(
      'response',
      (r) =>
        void r.body().then(
          (b) => (bytes += gz(b)),
          () => {},
        ),
    );
    await page.locator('a.search-open').click();
    const start = Date.now();
    await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
    await page.locator('.search-dialog .search-hit').first().waitFor();
    const ms = Date.now() - start;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    return { bytes, ms };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface SizeResult {
  times: number;
  ours: PhasedBuild[];
  theirs: PhasedBuild[];
  /** Ours again after one page was edited, keeping the content store of the last full build. */
  rebuild?: PhasedBuild;
}

/** Edits the first explainer's first copy (or the explainer itself): its description, which any edit re-renders like. */
function editOnePage(project: string): string {
  const dir = join(project, 'content/pages');
  const slug = explainerSlug(project);
  const name = readdirSync(dir).find((n) => n.startsWith(`${slug}-copy-2.`)) ?? readdirSync(dir).find((n) => n.startsWith(`${slug}.`))!;
  const text = readFileSync(join(dir, name), 'utf8');
  writeFileSync(join(dir, name), text.replace(/^(description: .*?)(\.?)$/m, '$1, as edited$2'));
  return name;
}

function describeRuns(label: string, runs: PhasedBuild[]) {
  const ok = runs.filter((r) => r.ok);
  if (ok.length === 0) return `${label}: failed\n${runs[0]?.output.split('\n').slice(-15).join('\n') ?? ''}`;
  return `${label}: wall ${ok.map((r) => s(r.wallMs)).join(', ')}; CPU ${ok.map((r) => s(r.cpuMs)).join(', ')}; peak RSS ${ok.map((r) => `${(r.peakRssMb / 1024).toFixed(2)} GB`).join(', ')}`;
}

export async function scaleBenchmark(project: string, sizes: number[], runs: number) {
  console.log(`\n## Scale: ours vs Starlight on the same multiplied corpus (sizes ×${sizes.join(', ×')}; ${runs} interleaved runs each)`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}; load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const setup = installStarlight(project);
  if (!setup.ok) throw new Error(`Starlight could not be installed: ${setup.why}`);
  const astroVersion = JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')).version as string;
  console.log(
    `ours: astro ${astroVersion} with our integrations; Starlight: ${setup.versions} (default Markdown processor); both: \`node astro.mjs build\`, content caches cleared before each build`,
  );
  const results: SizeResult[] = [];
  for (const times of sizes) {
    const { dir, pages, sources } = scaledProject(times);
    try {
      writeStarlightSite(dir);
      writeStarlightConfig(loadSiteConfig(join(dir, 'content/site.yaml')).title, 'default');
      const result: SizeResult = { times, ours: [], theirs: [] };
      for (let run = 0; run < runs; run++) {
        result.ours.push(await timePhasedBuild(dir, process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']));
        const [command, args] = starlightBuildCommand();
        result.theirs.push(await timePhasedBuild(STARLIGHT_DIR, command, args));
        console.log(
          `  ×${times} run ${run + 1}: ours ${s(result.ours.at(-1)!.wallMs)}${result.ours.at(-1)!.ok ? '' : ' FAILED'}, Starlight ${s(result.theirs.at(-1)!.wallMs)}${result.theirs.at(-1)!.ok ? '' : ' FAILED'} (load ${loadavg()[0]!.toFixed(1)})`,
        );
      }
      // An author's rebuild: after our last full build, one sentence of one explainer changes.
      const edited = editOnePage(dir);
      const rebuild = await timePhasedBuild(dir, process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], true);
      const rendered = /\[sourcebook-pages\] (\d+) pages rendered[^,]*, (\d+) unchanged/.exec(rebuild.output);
      console.log(
        `  ×${times} rebuild after editing ${edited}: ${s(rebuild.wallMs)}${rebuild.ok ? '' : ' FAILED'}, CPU ${s(rebuild.cpuMs)}; ${rendered ? `${rendered[1]} pages rendered, ${rendered[2]} from the cache` : 'no cache line'}`,
      );
      result.rebuild = rebuild;
      results.push(result);
      const oursDist = join(dir, 'dist');
      const slug = explainerSlug(dir);
      const ok = (r: PhasedBuild[]) => r.filter((x) => x.ok);
      const m = (r: PhasedBuild[], pick: (x: PhasedBuild) => number) => median(ok(r).map(pick));
      const words = readFileSync(join(oursDist, 'pagefind/sourcebook-words.txt'), 'utf8').split('\n');
      const query = words.find((w) => /^\p{L}{6,}$/u.test(w)) ?? words[0]!;
      // No successful build of ours: nothing to search, and no figure to print as if it were one.
      const search = ok(result.ours).length ? await firstQuery(oursDist, query) : undefined;
      console.log(
        `\n### ×${times}: ${pages} written pages, ${sources} sources; HTML files: ours ${htmlFiles(oursDist)}, Starlight ${htmlFiles(STARLIGHT_DIST)}`,
      );
      console.log(describeRuns('ours', result.ours));
      console.log(describeRuns('Starlight', result.theirs));
      const rows: Array<[string, number, number, (n: number) => string]> = [
        ['wall time (median)', m(result.ours, (x) => x.wallMs), m(result.theirs, (x) => x.wallMs), s],
        [
          'wall time per HTML file',
          m(result.ours, (x) => x.wallMs) / htmlFiles(oursDist),
          m(result.theirs, (x) => x.wallMs) / htmlFiles(STARLIGHT_DIST),
          (n) => `${n.toFixed(0)} ms`,
        ],
        ['CPU time, user + system (median)', m(result.ours, (x) => x.cpuMs), m(result.theirs, (x) => x.cpuMs), s],
        [
          'peak RSS (median)',
          m(result.ours, (x) => x.peakRssMb) * 2 ** 20,
          m(result.theirs, (x) => x.peakRssMb) * 2 ** 20,
          (n) => `${(n / 2 ** 30).toFixed(2)} GB`,
        ],
        ...PHASES.map((p): [string, number, number, (n: number) => string] => [
          `phase: ${p}`,
          m(result.ours, (x) => x.phases[p]),
          m(result.theirs, (x) => x.phases[p]),
          s,
        ]),
        ...PHASES.map((p): [string, number, number, (n: number) => string] => [
          `peak RSS in phase: ${p} (process tree, sampled)`,
          m(result.ours, (x) => x.phasePeakRssMb[p]) * 2 ** 20,
          m(result.theirs, (x) => x.phasePeakRssMb[p]) * 2 ** 20,
          (n) => `${(n / 2 ** 30).toFixed(2)} GB`,
        ]),
        ['dist/ bytes', folderBytes(oursDist), folderBytes(STARLIGHT_DIST), mb],
        ['search index bytes (dist/pagefind)', folderBytes(join(oursDist, 'pagefind')), folderBytes(join(STARLIGHT_DIST, 'pagefind')), mb],
        [`one explainer's HTML (/${slug}/)`, fileBytes(join(oursDist, slug, 'index.html')), fileBytes(join(STARLIGHT_DIST, slug, 'index.html')), kb],
      ];
      console.log(`\n| ×${times} | ours | Starlight | ours / Starlight |\n|---|---|---|---|`);
      // A side whose builds all failed has no median: say so rather than print NaN.
      const shown = (n: number, format: (n: number) => string) => (Number.isFinite(n) ? format(n) : 'failed');
      for (const [label, a, b, format] of rows)
        console.log(`| ${label} | ${shown(a, format)} | ${shown(b, format)} | ${Number.isFinite(a) && Number.isFinite(b) ? ratio(a, b) : '–'} |`);
      if (result.rebuild?.ok) {
        const full = m(result.ours, (x) => x.wallMs);
        const fullCpu = m(result.ours, (x) => x.cpuMs);
        console.log(
          `| rebuild after editing one page (ours): wall, CPU | ${s(result.rebuild.wallMs)}, ${s(result.rebuild.cpuMs)} | – | ${ratio(result.rebuild.wallMs, full)} of a full build's wall, ${ratio(result.rebuild.cpuMs, fullCpu)} of its CPU |`,
        );
      }
      console.log(`| first query “${query}” (ours, cold page): bytes fetched | ${search ? kb(search.bytes) : 'build failed'} | – | – |`);
      console.log(
        `| first query: keystroke → first result (one run, machine load ${loadavg()[0]!.toFixed(1)}) | ${search ? `${search.ms} ms` : 'build failed'} | – | – |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
