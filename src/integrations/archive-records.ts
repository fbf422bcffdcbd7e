import { citationLabel, passageName } from '../lib/passage-id';
import { SOURCE_KIND } from '../lib/search/engine';
import { findReposts } from '../lib/search/reposts';
import type { ArchivedSource } from '../schemas/archived-source';

/** One Pagefind custom record (the shape `addCustomRecord` takes), made without Pagefind. */
export interface SearchRecord {
  /** Site-root URL without the deployment base: Pagefind's `baseUrl` adds it in the browser. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Words of a source's first paragraph shown as the excerpt of a hit on the source as a whole. */
const OPENING_WORDS = 30;

/**
 * One record per archived paragraph and per reader comment, so that a hit deep-links to
 * `/sources/<id>/#p7` — Pagefind's own sub-results only split a page at headings with ids, and the
 * archive has no heading per paragraph (see docs/performance.md for the comparison) — plus one
 * record per source for its title and names, whose excerpt is the text's opening words.
 *
 * A repost (a source whose metadata says `reposts: <id>`) gets no records for the paragraphs it
 * copies: the original's paragraph is one hit that says where else its words stand
 * (`also_in`, a JSON list of `[label, url]`), and is found under the repost's site filter too.
 */
export function archiveRecords(sources: readonly ArchivedSource[], language: string): SearchRecord[] {
  const { copied, copies } = findReposts(sources);
  const siteOf = new Map(sources.map((s) => [s.id, s.site]));
  return sources.flatMap((source) => {
    const common = (anchor: string, section: string, content: string): SearchRecord => {
      const also = copies.get(`${source.id}#${anchor}`) ?? [];
      const sites = [...new Set([source.site, ...also.map((c) => siteOf.get(c.repostId)!)])];
      const meta: Record<string, string> = { title: source.title, section, kind: SOURCE_KIND, site: source.site };
      if (also.length > 0) meta['also_in'] = JSON.stringify(also.map((c) => [c.label, `/sources/${c.repostId}/#${c.paragraphId}`]));
      return { url: `/sources/${source.id}/#${anchor}`, content, language, meta, filters: { kind: [SOURCE_KIND], site: sites } };
    };
    const names = [...new Set([source.author, source.site].filter((n): n is string => Boolean(n)))];
    const opening = (source.paragraphs[0]?.text ?? '').split(/\s+/);
    const whole: SearchRecord = {
      url: `/sources/${source.id}/`,
      content: `${source.title}. ${names.join(', ')}.`,
      language,
      meta: {
        title: source.title,
        kind: SOURCE_KIND,
        site: source.site,
        opening: `${opening.slice(0, OPENING_WORDS).join(' ')}${opening.length > OPENING_WORDS ? ' …' : ''}`,
      },
      filters: { kind: [SOURCE_KIND], site: [source.site] },
    };
    return [
      whole,
      ...source.paragraphs.filter((p) => !copied.has(`${source.id}#${p.id}`)).map((p) => common(p.id, citationLabel(p.id), p.text)),
      ...source.comments.map((c) => common(c.id, `${capitalise(passageName(c.id))}${c.author ? ` by “${c.author}”` : ''}`, c.paragraphs.join('\n\n'))),
    ];
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
