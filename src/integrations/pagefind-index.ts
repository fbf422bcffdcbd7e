import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadArchive } from '../lib/read-archive';
import { archiveRecords } from './archive-records';
import { minifyPagefindRuntime } from './pagefind-runtime';
import { headingIdsOnly } from '../lib/search/heading-anchors';
import { VOCABULARY_FILE, vocabulary } from '../lib/search/vocabulary';
import { loadSiteConfig, SITE_FILE } from '../lib/site-config';

/** Pagefind answers `{ errors: string[] }`; an indexing problem must fail the build with its words. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

/**
 * The HTML pages Pagefind reads, as paths relative to `outDir`: every page outside `sources/`. The
 * archive's texts, paragraphs and comments are records of their own; its pages indexed as HTML
 * would add hits whose excerpts are metadata labels and table cells.
 */
async function pagePaths(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !/^(sources|pagefind)\//.test(path))
    .sort();
}

/** `about/index.html` → `/about/`, as Pagefind's own directory walk names it (base added in the browser). */
const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** Pages in flight to Pagefind's service at once: enough to keep it busy, few enough to hold little text in memory. */
const BATCH = 32;

/**
 * Builds the search index after Astro has written the site: the HTML pages (only what is inside
 * `data-pagefind-body`) plus custom records for the archive (integrations/archive-records.ts), into
 * `<outDir>/pagefind/`, with the vocabulary typos are corrected against.
 */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'sourcebook:pagefind-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const language = loadSiteConfig(join(root, SITE_FILE)).lang;
        const records = archiveRecords(loadArchive(root), language);
        await rm(outputPath, { recursive: true, force: true });
        try {
          const { index } = check('start', await pagefind.createIndex({ forceLanguage: language }));
          if (!index) throw new Error('Pagefind could not start: it returned no index.');
          // Read here rather than by Pagefind's own directory walk, to keep only the headings' ids
          // (lib/search/heading-anchors.ts); pages without `data-pagefind-body` are left out by Pagefind.
          const paths = await pagePaths(outDir);
          for (let i = 0; i < paths.length; i += BATCH) {
            const batch = paths.slice(i, i + BATCH);
            const contents = await Promise.all(batch.map((path) => readFile(join(outDir, path), 'utf8')));
            // Sent in path order, not as the reads finish: Pagefind numbers pages as they arrive, and
            // the same site must give the same index files.
            const added = await Promise.all(batch.map((path, j) => index.addHTMLFile({ url: pageUrl(path), content: headingIdsOnly(contents[j]!) })));
            added.forEach((response, j) => check(`index ${join(outDir, batch[j]!)}`, response));
          }
          // Sent together: Pagefind's service answers each in turn, without a round trip per record.
          const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
          added.forEach((response, i) => check(`index the record ${records[i]!.url}`, response));
          check(`write ${outputPath}`, await index.writeFiles({ outputPath }));
          await minifyPagefindRuntime(outputPath);
          // The words a mistyped query is corrected against: the archive's, already in memory.
          await writeFile(join(outputPath, VOCABULARY_FILE), vocabulary(records.map((r) => r.content)));
          logger.info(
            `indexed the search bodies of ${paths.length} HTML files and ${records.length} source records (texts, paragraphs, comments) into ${outputPath}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
