import { FACETS, type Facet, type SearchEngine, type SearchResponse } from './engine';
import { toPagefindFilters } from './filters';
import { toSearchHit, type PagefindData } from './pagefind-hit';

/** The slice of Pagefind's JS API (`pagefind.js`) this adapter uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options: { filters: Record<string, string> },
  ): Promise<{
    results: Array<{ data(): Promise<PagefindData> }>;
    filters: Record<string, Record<string, number>>;
  } | null>;
}

export interface PagefindEngineOptions {
  /** URL of the folder holding `pagefind.js`, with the deployment base (e.g. `/sub/pagefind/`). */
  bundleUrl: string;
  /** The site's base URL, which Pagefind puts in front of every result URL. */
  baseUrl: string;
  /** Pagefind's `metaCacheTag`: a value fixed per build, so a service worker can cache the entry file. */
  cacheTag: string;
  /** How many results to load per search (each costs one small fragment request). */
  limit?: number;
}

/** The hosted site's engine: Pagefind, loaded on first use only. */
export function pagefindEngine(options: PagefindEngineOptions): SearchEngine {
  let api: Promise<PagefindApi> | undefined;
  const load = () =>
    (api ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${options.bundleUrl}pagefind.js`)) as PagefindApi;
      await module.options({ baseUrl: options.baseUrl, metaCacheTag: options.cacheTag, excerptLength: 24 });
      // Pagefind counts results per filter value only once the filter files are loaded.
      await module.filters();
      return module;
    })());
  return {
    async search(query, filters): Promise<SearchResponse> {
      const pagefind = await load();
      const found = await pagefind.search(query, { filters: toPagefindFilters(filters) });
      // Pagefind answers null when a newer search superseded this one.
      if (!found) return { hits: [], total: 0, facets: emptyFacets() };
      const data = await Promise.all(found.results.slice(0, options.limit ?? 12).map((r) => r.data()));
      const facets = emptyFacets();
      for (const facet of FACETS) facets[facet] = found.filters[facet] ?? {};
      return { hits: data.map(toSearchHit), total: found.results.length, facets };
    },
  };
}

const emptyFacets = (): Record<Facet, Record<string, number>> => ({ kind: {}, topic: {}, site: {} });
