import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { classicData } from '../lib/offline/classic-script';
import { EDITION_INDEX_GLOBAL, EDITION_INDEX_SCRIPT, EDITION_TEXT_GLOBAL, EDITION_ZIP, editionTextScript } from '../lib/offline/edition-files';
import type { ModuleScript } from '../lib/offline/edition-page';
import { editionFiles, editionFolder, formatSize, withEditionSize } from '../lib/offline/edition-zip';
import { decodeFragment } from '../lib/offline/pagefind-fragment';
import { fragmentDocuments } from '../lib/offline/search-documents';
import { offlineIndexData } from '../lib/search/minisearch-engine';
import { loadSiteConfig } from '../lib/site-config';
import { zipDeflated } from '../lib/offline/zip-archive';
import { FILE_CONCURRENCY, mapLimit } from '../lib/map-limit';
import { openCache } from './offline-cache';
import { deflateFiles } from './offline-deflate';
import { editionPages } from './offline-edition-pages';

// One fixed time for every entry, so the same site makes the same zip byte for byte (a rebuild
// leaves dist/ identical and the service worker's version unchanged). 1980 is the zip format's epoch.
const ZIP_TIME = new Date(1980, 0, 1);

async function readTree(root: string): Promise<Map<string, Uint8Array>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => a.localeCompare(b));
  const contents = await mapLimit(paths, FILE_CONCURRENCY, (full) => readFile(full));
  return new Map(paths.map((full, i) => [relative(root, full).split(sep).join('/'), contents[i]!]));
}

/**
 * Vite lists a lazy chunk's dependencies for `<link rel=modulepreload>` tags with root-absolute
 * URLs; in one bundle they are already inside, and from `file://` the links would point at the
 * disk's root. Dropping the list leaves Vite's helper a plain `import()`, which esbuild inlines.
 */
const dropPreloadLists: Plugin = {
  name: 'drop-vite-preload-lists',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/__vite__mapDeps\(\[[\d,\s]*\]\)/g, 'void 0'),
      loader: 'js',
    }));
  },
};

/** One classic (IIFE) bundle of a page's module script and everything it imports, lazily or not. */
async function classicBundle(script: ModuleScript, outDir: string, base: string): Promise<Uint8Array> {
  const common = {
    bundle: true,
    format: 'iife' as const,
    minify: true,
    write: false,
    logLevel: 'error' as const,
    target: 'es2022',
    define: { 'import.meta.url': 'document.baseURI', 'import.meta.resolve': 'undefined' },
    plugins: [dropPreloadLists],
  };
  const siteFile = (src: string) => join(outDir, src.slice(base.length).split('/').join(sep));
  const result =
    'src' in script
      ? await build({ ...common, entryPoints: [siteFile(script.src)] })
      : await build({ ...common, stdin: { contents: script.code, resolveDir: outDir, loader: 'js' } });
  return result.outputFiles![0]!.contents;
}

/**
 * Writes `<outDir>/offline-edition.zip`: the whole site as a folder that works opened from
 * `file://` (relative links, classic scripts, search on a prebuilt MiniSearch index made from
 * Pagefind's own records), then writes the zip's size into the download link of every page. Runs
 * after the Pagefind index and before the service worker (which must see the final pages).
 */
export function offlineEdition(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'sourcebook:offline-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(new URL('offline-edition/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const phases: string[] = [];
        let lap = started;
        const phase = (name: string) => {
          const now = performance.now();
          phases.push(`${name} ${((now - lap) / 1000).toFixed(1)} s`);
          lap = now;
        };
        const outDir = fileURLToPath(dir);
        const built = await readTree(outDir);
        const decoder = new TextDecoder();
        const pages = [...built.keys()].filter((f) => f.endsWith('.html'));

        phase('read');
        const extra = new Map<string, Uint8Array>();
        const fragments = [...built.keys()].filter((f) => /^pagefind\/fragment\/.+\.pf_fragment$/.test(f)).map((f) => decodeFragment(built.get(f)!));
        const docs = fragmentDocuments(fragments);
        const { data, chunks } = offlineIndexData(docs);
        extra.set(EDITION_INDEX_SCRIPT, new TextEncoder().encode(classicData(EDITION_INDEX_GLOBAL, data)));
        chunks.forEach((texts, k) => extra.set(editionTextScript(k), new TextEncoder().encode(classicData(EDITION_TEXT_GLOBAL, texts, k))));

        phase('index');
        const site = loadSiteConfig();
        const label = `Offline edition of ${site.title}, made ${new Date().toISOString().slice(0, 10)}.`;
        // `SOURCEBOOK_FRESH=1`, which empties the content store, makes every edition file anew too.
        const fresh = process.env['SOURCEBOOK_FRESH'] === '1';
        const cache = { pages: await openCache(join(cacheDir, 'pages.bin'), { fresh }), deflated: await openCache(join(cacheDir, 'deflated.bin'), { fresh }) };
        const made = await editionPages(new Map(pages.map((f) => [f, built.get(f)!])), { base, editionLabel: label }, cache.pages);
        const edition = editionFiles(built, extra, (file, bytes) => made.pages.get(file) ?? bytes);
        phase(`pages (${made.made} of ${pages.length} made anew)`);
        const bundles = await Promise.all([...made.scripts].map(([, script]) => classicBundle(script, outDir, base)));
        [...made.scripts.keys()].forEach((name, i) => edition.set(name, bundles[i]!));
        phase('scripts');
        const folder = editionFolder(site.title);
        const deflated = await deflateFiles(new Map([...edition].map(([file, bytes]) => [`${folder}/${file}`, bytes])), cache.deflated);
        const zip = zipDeflated(deflated, ZIP_TIME);
        await writeFile(join(outDir, EDITION_ZIP), zip);
        phase(`zip (${deflated.length - cache.deflated.hits} files deflated anew)`);
        await Promise.all([cache.pages.save(), cache.deflated.save()]);

        await mapLimit(pages, FILE_CONCURRENCY, async (page) => {
          const html = decoder.decode(built.get(page));
          const sized = withEditionSize(html, zip.length);
          if (sized !== html) await writeFile(join(outDir, page), sized);
        });
        logger.info(
          `${EDITION_ZIP}: ${edition.size} files, ${docs.length} search documents, ${formatSize(zip.length)}, in ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')}; opens as ${folder}/index.html)`,
        );
      },
    },
  };
}
