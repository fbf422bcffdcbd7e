import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { classicData } from '../lib/offline/classic-script';
import { EDITION_INDEX_GLOBAL, EDITION_INDEX_SCRIPT, EDITION_TEXT_GLOBAL, EDITION_ZIP, editionTextScript } from '../lib/offline/edition-files';
import type { ModuleScript } from '../lib/offline/edition-page';
import { editionFolder, formatSize, inEdition, withEditionSize } from '../lib/offline/edition-zip';
import { decodeFragment } from '../lib/offline/pagefind-fragment';
import { fragmentDocuments } from '../lib/offline/search-documents';
import { offlineIndexData } from '../lib/search/minisearch-engine';
import { loadSiteConfig } from '../lib/site-config';
import { zipWriter, type DeflatedFile } from '../lib/offline/zip-archive';
import { FILE_CONCURRENCY, mapInOrder, mapLimit } from '../lib/map-limit';
import { openCache } from './offline-cache';
import { deflater } from './offline-deflate';
import { editionPages, type EditionPage } from './offline-edition-pages';

// One fixed time for every entry, so the same site makes the same zip byte for byte (a rebuild
// leaves dist/ identical and the service worker's version unchanged). 1980 is the zip format's epoch.
const ZIP_TIME = new Date(1980, 0, 1);
const WRITE_BYTES = 1 << 20;

/** Every file under `root`, as sorted paths relative to it with `/` separators: read one at a time later, never all at once. */
async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => a.localeCompare(b))
    .map((full) => relative(root, full).split(sep).join('/'));
}

/** The edition's search files (its MiniSearch index and texts as classic scripts), made from Pagefind's fragments. */
async function searchFiles(outDir: string, files: readonly string[]): Promise<{ extra: Map<string, Uint8Array>; documents: number }> {
  const encoder = new TextEncoder();
  const fragmentFiles = files.filter((f) => /^pagefind\/fragment\/.+\.pf_fragment$/.test(f));
  const docs = fragmentDocuments(await mapLimit(fragmentFiles, FILE_CONCURRENCY, async (f) => decodeFragment(await readFile(join(outDir, f)))));
  const { data, chunks } = offlineIndexData(docs);
  const extra = new Map([[EDITION_INDEX_SCRIPT, encoder.encode(classicData(EDITION_INDEX_GLOBAL, data))]]);
  chunks.forEach((texts, k) => extra.set(editionTextScript(k), encoder.encode(classicData(EDITION_TEXT_GLOBAL, texts, k))));
  return { extra, documents: docs.length };
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
        const files = await listTree(outDir);
        const pages = files.filter((f) => f.endsWith('.html'));

        phase('list');
        const { extra, documents } = await searchFiles(outDir, files);
        phase('index');
        const site = loadSiteConfig();
        const label = `Offline edition of ${site.title}, made ${new Date().toISOString().slice(0, 10)}.`;
        const folder = editionFolder(site.title);
        // `SOURCEBOOK_FRESH=1`, which empties the content store, makes every edition file anew too.
        const fresh = process.env['SOURCEBOOK_FRESH'] === '1';
        const cache = { pages: await openCache(join(cacheDir, 'pages.bin'), { fresh }), deflated: await openCache(join(cacheDir, 'deflated.bin'), { fresh }) };
        const made = editionPages({ base, editionLabel: label }, cache.pages);
        const deflate = deflater(cache.deflated);
        // The zip is written as its entries are made, a bounded number of files in hand at once
        // (lib/map-limit): the built site's files in order, then the edition's search files, then
        // the classic bundles the pages name (known once every page is made).
        const zipPath = join(outDir, EDITION_ZIP);
        const out = await open(zipPath, 'w');
        const zip = zipWriter(ZIP_TIME);
        let zipBytes = 0;
        // Entries go out in writes of ~1 MB, not one per entry (thousands of small writes through the thread pool zlib uses too).
        let buffered: Uint8Array[] = [];
        let bufferedBytes = 0;
        const write = async (chunks: Uint8Array[], last = false) => {
          for (const chunk of chunks) {
            zipBytes += chunk.length;
            bufferedBytes += chunk.length;
            buffered.push(chunk);
          }
          if (bufferedBytes < WRITE_BYTES && !last) return;
          const bytes = Buffer.concat(buffered);
          buffered = [];
          bufferedBytes = 0;
          await out.write(bytes);
        };
        let count = 0;
        const add = async (entry: { page?: EditionPage | undefined; file: DeflatedFile }) => {
          if (entry.page) made.register(entry.page);
          count++;
          await write(zip.add(entry.file));
        };
        try {
          await mapInOrder(
            files.filter(inEdition),
            FILE_CONCURRENCY,
            async (file) => {
              const bytes = await readFile(join(outDir, file));
              const page = file.endsWith('.html') ? await made.page(file, bytes) : undefined;
              return { page, file: await deflate.deflate(`${folder}/${file}`, page?.html ?? bytes) };
            },
            add,
          );
          phase(`pages and zip (${made.made} of ${pages.length} pages made anew)`);
          await mapInOrder([...extra], FILE_CONCURRENCY, async ([file, bytes]) => ({ file: await deflate.deflate(`${folder}/${file}`, bytes) }), add);
          extra.clear();
          const scripts = [...made.scripts];
          const bundles = await Promise.all(scripts.map(([, script]) => classicBundle(script, outDir, base)));
          await mapInOrder(scripts, FILE_CONCURRENCY, async ([name], i) => ({ file: await deflate.deflate(`${folder}/${name}`, bundles[i]!) }), add);
          await write(zip.end(), true);
          phase(`scripts and search files (${deflate.made} files deflated anew)`);
          await out.close();
          await Promise.all([cache.pages.save(), cache.deflated.save()]);
        } catch (error) {
          await Promise.allSettled([out.close(), cache.pages.discard(), cache.deflated.discard()]);
          throw error;
        }

        await mapLimit(pages, FILE_CONCURRENCY, async (page) => {
          const html = await readFile(join(outDir, page), 'utf8');
          const sized = withEditionSize(html, zipBytes);
          if (sized !== html) await writeFile(join(outDir, page), sized);
        });
        phase('sizes');
        logger.info(
          `${EDITION_ZIP}: ${count} files, ${documents} search documents, ${formatSize(zipBytes)}, in ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')}; opens as ${folder}/index.html)`,
        );
      },
    },
  };
}
