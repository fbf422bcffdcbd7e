import type { ArchivedSource } from '../read-archive';

/** One Pagefind custom record (the shape `addCustomRecord` takes), made without Pagefind. */
export interface SearchRecord {
  /** Site-root URL without the deployment base: Pagefind's `baseUrl` adds it in the browser. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The values of the `kind` filter that are not page kinds from the frontmatter. */
export const SOURCE_KIND = 'source';

/**
 * One record per archived paragraph and per reader comment, so that a hit deep-links to
 * `/sources/<id>/#p7` — Pagefind's own sub-results only split a page at headings with ids, and the
 * archive has no heading per paragraph (see docs/performance.md for the comparison).
 */
export function archiveRecords(sources: readonly ArchivedSource[], language: string): SearchRecord[] {
  return sources.flatMap((source) => {
    const common = (anchor: string, section: string, content: string): SearchRecord => ({
      url: `/sources/${source.id}/#${anchor}`,
      content,
      language,
      meta: { title: source.title, section, kind: SOURCE_KIND, site: source.site },
      filters: { kind: [SOURCE_KIND], site: [source.site] },
    });
    return [
      ...source.paragraphs.map((p) => common(p.id, `¶${p.id.slice(1)}`, p.text)),
      ...source.comments.map((c) => common(c.id, `Reader comment ${c.id.slice(1)}${c.author ? ` by “${c.author}”` : ''}`, c.paragraphs.join('\n\n'))),
    ];
  });
}
