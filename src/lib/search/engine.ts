import type { ExcerptPart } from './excerpt';

/**
 * The one interface the search interface talks to. Pagefind implements it on the hosted site
 * (`pagefind-engine.ts`); an edition opened from `file://`, where Pagefind cannot run, can plug in
 * another engine (e.g. a prebuilt MiniSearch index) without touching the interface. Everything
 * added since the first version is optional, so a simpler engine still fits.
 */
export interface SearchEngine {
  search(query: string, filters: SearchFilters, options?: SearchOptions): Promise<SearchResponse>;
  /** Loads what the first search needs (runtime, index entry) ahead of it, e.g. on hover. */
  warm?(): Promise<void>;
  /** Starts loading what searching `query` will need (e.g. its words' index chunks), without searching. */
  preload?(query: string): void;
  /** Loads what counting every facet's values needs; searches after it count them all. */
  loadFacets?(): Promise<void>;
}

export interface SearchOptions {
  /** How many hits to return in all (default PAGE_SIZE); "Show more" asks again with more. */
  limit?: number;
  /** Aborted when a newer query replaced this one: an engine may then skip downloads it has not begun. */
  signal?: AbortSignal;
}

/** Hits shown at first, and added by each "Show more". */
export const PAGE_SIZE = 12;

/** The facets a reader can narrow by; each holds one chosen value, or is absent for "any". */
export const FACETS = ['kind', 'topic', 'site'] as const;
export type Facet = (typeof FACETS)[number];
export type SearchFilters = Partial<Record<Facet, string>>;

/**
 * Results come in two groups, shown in this order: what the site's own pages say (explainer
 * sections), then what the archived texts say (source passages). Each group is ranked on its own.
 */
export const GROUPS = ['pages', 'sources'] as const;
export type HitGroup = (typeof GROUPS)[number];
/** The `kind` filter value of archive records (lib/search/archive-records.ts); every other kind is a page's. */
export const SOURCE_KIND = 'source';
export const groupOf = (hit: Pick<SearchHit, 'kind'>): HitGroup => (hit.kind === SOURCE_KIND ? 'sources' : 'pages');

export interface SearchHit {
  /** Deep link, with the deployment base, to the section or paragraph that matched. */
  url: string;
  /** Title of the page (or archived source). */
  title: string;
  /** Heading of the matching section, or `¶7` / `Reader comment 3` for the archive. */
  section: string | undefined;
  excerpt: ExcerptPart[];
  kind: string | undefined;
  topic: string | undefined;
  site: string | undefined;
  /** Other places the same words stand: a repost's copy of this paragraph ("Forum repost ¶3"). */
  alsoIn?: Array<{ label: string; url: string }> | undefined;
  /** Matches some of the query's words, not all of them. */
  partial?: boolean | undefined;
}

export interface SearchResponse {
  /** The best hits, at most the requested limit: the `pages` group first, then `sources`. */
  hits: SearchHit[];
  /** How many results matched all the words, in all (may exceed `hits.length`). */
  total: number;
  /** For each facet, how many hits each value would give with the other choices kept. */
  facets: Record<Facet, Record<string, number>>;
  /** Per group, how many results there are in all, partial matches included. */
  groupTotals?: Record<HitGroup, number> | undefined;
  /** The query was corrected (a word the texts do not contain): these hits are for `to`. */
  corrected?: { from: string; to: string } | undefined;
}
