import MiniSearch, { type Options } from 'minisearch';
import { excerptWindow } from '../offline/excerpt-window';
import { sections, type SearchDocument } from '../offline/search-documents';
import { FACETS, type Facet, type SearchEngine, type SearchHit, type SearchResponse } from './engine';
import { findMatches, queryTerms } from './highlight';

/**
 * The offline edition's engine: a MiniSearch index built with the site (docs/performance.md says
 * why MiniSearch), shipped as classic scripts because a copy opened from `file://` can neither
 * fetch nor run Pagefind. It matches whole words and word beginnings, without Pagefind's stemming.
 * Like Pagefind it ranks pages, then links each hit to its best section; the texts needed for
 * that and for excerpts load per hit, in chunks, so the index the first search waits for is small.
 */

type Meta = [
  url: string,
  title: string,
  section: string | null,
  kind: string | null,
  topic: string | null,
  site: string | null,
  anchors: SearchDocument['anchors'],
];

/** What the build writes and the browser loads first: the serialised index and each document's fields. */
export interface OfflineIndexData {
  index: unknown;
  /** Indexed by document id. */
  docs: Meta[];
  /** How many documents' texts each text chunk holds (document `id` is in chunk `floor(id / chunkSize)`). */
  chunkSize: number;
}

export const INDEX_OPTIONS: Options<SearchDocument> = { fields: ['title', 'text'], storeFields: [] };
const DEFAULT_CHUNK = 50;

/** Build side: the index, and the texts in chunks (`chunks[k]` holds documents `k * chunkSize …`). */
export function offlineIndexData(docs: readonly SearchDocument[], chunkSize = DEFAULT_CHUNK): { data: OfflineIndexData; chunks: string[][] } {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(docs as SearchDocument[]);
  const chunks: string[][] = [];
  for (let i = 0; i < docs.length; i += chunkSize) chunks.push(docs.slice(i, i + chunkSize).map((d) => d.text));
  return {
    data: {
      index: index.toJSON(),
      docs: docs.map((d) => [d.url, d.title, d.section ?? null, d.kind ?? null, d.topic ?? null, d.site ?? null, d.anchors]),
      chunkSize,
    },
    chunks,
  };
}

export interface MinisearchEngineOptions {
  /** Loads the index (in the edition: a classic `<script>`), on the first search only. */
  load: () => Promise<OfflineIndexData>;
  /** Loads one chunk of texts, for the hits shown. */
  loadTexts: (chunk: number) => Promise<string[]>;
  /** Turns a site path (`/sources/x/#p3`) into the link a hit carries. */
  href: (sitePath: string) => string;
  limit?: number;
}

const FACET_AT: Record<Facet, 3 | 4 | 5> = { kind: 3, topic: 4, site: 5 };

export function minisearchEngine({ load, loadTexts, href, limit = 12 }: MinisearchEngineOptions): SearchEngine {
  let ready: Promise<{ index: MiniSearch<SearchDocument>; data: OfflineIndexData }> | undefined;
  const open = () => (ready ??= load().then((data) => ({ index: MiniSearch.loadJS(data.index as never, INDEX_OPTIONS), data })));
  const chunks = new Map<number, Promise<string[]>>();
  const textOf = async (id: number, size: number) => {
    const k = Math.floor(id / size);
    if (!chunks.has(k)) chunks.set(k, loadTexts(k));
    return (await chunks.get(k)!)[id % size]!;
  };
  return {
    async search(query, filters): Promise<SearchResponse> {
      const { index, data } = await open();
      const facetOf = (id: number, facet: Facet) => data.docs[id]![FACET_AT[facet]] ?? undefined;
      const found = index.search(query, { prefix: true, combineWith: 'AND', boost: { title: 2 } }).map((r) => r.id as number);
      const matches = (id: number, except?: Facet) => FACETS.every((f) => f === except || !filters[f] || facetOf(id, f) === filters[f]);
      const facets = { kind: {}, topic: {}, site: {} } as Record<Facet, Record<string, number>>;
      for (const facet of FACETS) {
        for (const id of found) {
          const value = facetOf(id, facet);
          if (value && matches(id, facet)) facets[facet][value] = (facets[facet][value] ?? 0) + 1;
        }
      }
      const kept = found.filter((id) => matches(id));
      const terms = queryTerms(query);
      const hits = await Promise.all(
        kept.slice(0, limit).map(async (id): Promise<SearchHit> => {
          const [url, title, section, kind, topic, site, anchors] = data.docs[id]!;
          const parts = sections({ url, section: section ?? undefined, text: await textOf(id, data.chunkSize), anchors });
          // The section where the words occur most stands for the page, as Pagefind's sub-results do.
          const best = parts.reduce(
            (a, b) => (findMatches(b.text, terms).length > findMatches(a.text, terms).length ? b : a),
            parts[0] ?? { url, section: undefined, text: '' },
          );
          return {
            url: href(best.url),
            title,
            section: best.section,
            excerpt: excerptWindow(best.text, terms),
            kind: kind ?? undefined,
            topic: topic ?? undefined,
            site: site ?? undefined,
          };
        }),
      );
      return { hits, total: kept.length, facets };
    },
  };
}
