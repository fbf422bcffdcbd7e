import type { ExcerptPart } from './excerpt';

/**
 * The one interface the search interface talks to. Pagefind implements it on the hosted site
 * (`pagefind-engine.ts`); an edition opened from `file://`, where Pagefind cannot run, can plug in
 * another engine (e.g. a prebuilt MiniSearch index) without touching the interface.
 */
export interface SearchEngine {
  search(query: string, filters: SearchFilters): Promise<SearchResponse>;
}

/** The facets a reader can narrow by; each holds one chosen value, or is absent for "any". */
export const FACETS = ['kind', 'topic', 'site'] as const;
export type Facet = (typeof FACETS)[number];
export type SearchFilters = Partial<Record<Facet, string>>;

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
}

export interface SearchResponse {
  /** The best hits, at most the engine's page size. */
  hits: SearchHit[];
  /** How many results matched in all (may exceed `hits.length`). */
  total: number;
  /** For each facet, how many hits each value would give with the other choices kept. */
  facets: Record<Facet, Record<string, number>>;
}
