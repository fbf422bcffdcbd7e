import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { excerptWindow } from '../offline/excerpt-window';
import type { SearchDocument } from '../offline/search-documents';
import { FACETS, type Facet, type SearchEngine, type SearchHit, type SearchResponse } from './engine';
import { queryTerms } from './highlight';

/**
 * The offline edition's engine: a MiniSearch index built with the site (docs/performance.md says
 * why MiniSearch), shipped as a classic script because a copy opened from `file://` can neither
 * fetch nor run Pagefind. It matches whole words and word beginnings, without Pagefind's stemming.
 */

/** What the build writes and the browser loads: the serialised index and the documents' fields. */
export interface OfflineIndexData {
  index: unknown;
  /** Indexed by document id: url, title, section, text, kind, topic, site, page. */
  docs: Array<[string, string, string | null, string, string | null, string | null, string | null, number]>;
}

export const INDEX_OPTIONS: Options<SearchDocument> = { fields: ['title', 'section', 'text'], storeFields: [] };

/** Build side: the index and documents, ready for `classicData`. */
export function offlineIndexData(docs: readonly SearchDocument[]): OfflineIndexData {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(docs as SearchDocument[]);
  return {
    index: index.toJSON(),
    docs: docs.map((d) => [d.url, d.title, d.section ?? null, d.text, d.kind ?? null, d.topic ?? null, d.site ?? null, d.page]),
  };
}

export interface MinisearchEngineOptions {
  /** Loads the data (in the edition: a classic `<script>`), on the first search only. */
  load: () => Promise<OfflineIndexData>;
  /** Turns a site path (`/sources/x/#p3`) into the link a hit carries. */
  href: (sitePath: string) => string;
  limit?: number;
}

export function minisearchEngine({ load, href, limit = 12 }: MinisearchEngineOptions): SearchEngine {
  let ready: Promise<{ index: MiniSearch<SearchDocument>; docs: OfflineIndexData['docs'] }> | undefined;
  const open = () =>
    (ready ??= load().then((data) => ({ index: MiniSearch.loadJS(data.index as never, INDEX_OPTIONS), docs: data.docs })));
  return {
    async search(query, filters): Promise<SearchResponse> {
      const { index, docs } = await open();
      const facetOf = (id: number, facet: Facet) => docs[id]![facet === 'kind' ? 4 : facet === 'topic' ? 5 : 6] ?? undefined;
      const found: SearchResult[] = index.search(query, { prefix: true, combineWith: 'AND', boost: { title: 2, section: 1.5 } });
      // The best section of each page stands for the page, as Pagefind ranks pages, not sections.
      const seen = new Set<number>();
      const pages = found.filter((r) => !seen.has(docs[r.id as number]![7]) && seen.add(docs[r.id as number]![7]));
      const matches = (id: number, except?: Facet) => FACETS.every((f) => f === except || !filters[f] || facetOf(id, f) === filters[f]);
      const facets = { kind: {}, topic: {}, site: {} } as Record<Facet, Record<string, number>>;
      for (const facet of FACETS) {
        for (const r of pages) {
          const value = facetOf(r.id as number, facet);
          if (value && matches(r.id as number, facet)) facets[facet][value] = (facets[facet][value] ?? 0) + 1;
        }
      }
      const kept = pages.filter((r) => matches(r.id as number));
      const terms = queryTerms(query);
      const hits = kept.slice(0, limit).map((r): SearchHit => {
        const [url, title, section, text, kind, topic, site] = docs[r.id as number]!;
        return { url: href(url), title, section: section ?? undefined, excerpt: excerptWindow(text, terms), kind: kind ?? undefined, topic: topic ?? undefined, site: site ?? undefined };
      });
      return { hits, total: kept.length, facets };
    },
  };
}
