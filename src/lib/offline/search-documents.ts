import type { PagefindFragment } from './pagefind-fragment';

/** One searchable document of the offline index: a page, or one custom record (an archived paragraph). */
export interface SearchDocument {
  id: number;
  /** Site path without the deployment base, e.g. `/backdoors/` or `/sources/x/#p3`. */
  url: string;
  title: string;
  /** A record's own label (`¶3`); pages have their headings instead. */
  section: string | undefined;
  text: string;
  kind: string | undefined;
  topic: string | undefined;
  site: string | undefined;
  /** Headings with ids: id, text, and the word of `text` where the section starts. */
  anchors: Array<[string, string, number]>;
}

/**
 * The offline index holds exactly what the online index holds: Pagefind's fragments, so both see
 * the same words. Like Pagefind, it ranks pages (and records) as wholes; a hit links to its best
 * section afterwards (`sections`).
 */
export function fragmentDocuments(fragments: readonly PagefindFragment[]): SearchDocument[] {
  return fragments.map((f, id) => ({
    id,
    url: f.url,
    title: f.meta['title'] ?? f.url,
    section: f.meta['section'],
    text: f.content,
    kind: f.meta['kind'],
    topic: f.meta['topic'],
    site: f.meta['site'],
    anchors: f.anchors
      .filter((a) => a.id && /^h[1-6]$/.test(a.element))
      .sort((a, b) => a.location - b.location)
      .map((a) => [a.id, a.text, a.location]),
  }));
}

export interface Section {
  url: string;
  section: string | undefined;
  text: string;
}

/** A document cut at its headings, as Pagefind's sub-results are: each section links to its heading. */
export function sections(doc: Pick<SearchDocument, 'url' | 'section' | 'text' | 'anchors'>): Section[] {
  const words = doc.text.split(/\s+/).filter(Boolean);
  const path = doc.url.split('#')[0]!;
  const cuts = [{ url: doc.url, section: doc.section, from: 0 }, ...doc.anchors.map(([id, text, from]) => ({ url: `${path}#${id}`, section: text, from }))];
  return cuts
    .map((cut, i) => ({ url: cut.url, section: cut.section, text: words.slice(cut.from, cuts[i + 1]?.from ?? words.length).join(' ') }))
    .filter((s) => s.text !== '');
}
