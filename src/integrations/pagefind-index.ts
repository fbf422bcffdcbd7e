import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadArchive } from '../lib/read-archive';
import { archiveRecords } from './archive-records';
import { loadSiteConfig, SITE_FILE } from '../lib/site-config';
import { inputHash } from './input-hash';

export interface PagefindIndexOptions {
  /** What the build is made from; its hash becomes Pagefind's `metaCacheTag` (default: the usual inputs). */
  inputs?: string[];
}

/** The search code reads this constant; it names the index version a service worker may cache. */
export const CACHE_TAG_CONSTANT = '__SEARCH_CACHE_TAG__';

/** Pagefind answers `{ errors: string[] }`; an indexing problem must fail the build with its words. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

/**
 * Builds the search index after Astro has written the site: the HTML pages (only what is inside
 * `data-pagefind-body`) plus one custom record per archived source paragraph, into
 * `<outDir>/pagefind/`.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'sourcebook:pagefind-index',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Pagefind otherwise fetches `pagefind-entry.json?ts=<now>`, which no cache can hold
        // (Pagefind issue #59); a per-build tag keeps it fresh across deploys and cacheable within one.
        const tag = command === 'build' ? inputHash(options.inputs ?? ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json']) : 'dev';
        updateConfig({ vite: { define: { [CACHE_TAG_CONSTANT]: JSON.stringify(tag) } } });
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
          const { page_count } = check(`index the HTML in ${outDir}`, await index.addDirectory({ path: outDir }));
          for (const record of records) {
            check(`index the record ${record.url}`, await index.addCustomRecord(record));
          }
          check(`write ${outputPath}`, await index.writeFiles({ outputPath }));
          logger.info(`indexed ${page_count} pages and ${records.length} source paragraphs/comments into ${outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
