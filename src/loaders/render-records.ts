import type { SourcebookError } from '../lib/errors';
import type { InternalLink } from '../lib/internal-links';

/**
 * The records our Markdown plugins leave while rendering (errors, internal links), as the
 * plugins' own modules hold them. Astro loads the plugins with astro.config.mjs and this loader
 * with content.config.ts, in separate module graphs, so importing lib/markdown-errors here would
 * reach another, empty copy; integrations/page-cache.ts hands the plugins' copies over on
 * globalThis, the one object both graphs share.
 */
export interface RenderRecords {
  takeMarkdownErrors: () => SourcebookError[];
  recordMarkdownError: (error: SourcebookError) => unknown;
  takeInternalLinks: () => InternalLink[];
  recordInternalLink: (link: InternalLink) => void;
}

const KEY = Symbol.for('sourcebook.render-records');

export function shareRenderRecords(records: RenderRecords): void {
  (globalThis as Record<symbol, unknown>)[KEY] = records;
}

export function renderRecords(): RenderRecords | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as RenderRecords | undefined;
}
