import type { AstroIntegration } from 'astro';
import { recordInternalLink, takeInternalLinks } from '../lib/internal-links';
import { recordMarkdownError, takeMarkdownErrors } from '../lib/markdown-errors';
import { shareRenderRecords } from '../loaders/render-records';

/**
 * Lets the pages' loader (loaders/page-loader.ts) keep rendered pages between builds: it needs
 * the records the Markdown plugins leave (errors, internal links) to know what may be cached and
 * to hand a cached page's links on to check-internal-links. These are the plugins' own copies
 * of those modules, the ones astro.config.mjs loaded.
 */
export function pageCache(): AstroIntegration {
  return {
    name: 'sourcebook:page-cache',
    hooks: {
      'astro:config:setup': () => shareRenderRecords({ takeMarkdownErrors, recordMarkdownError, takeInternalLinks, recordInternalLink }),
    },
  };
}
