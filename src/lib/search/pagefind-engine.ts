import {
  FACETS,
  PAGE_SIZE,
  SOURCE_KIND,
  type Facet,
  type HitGroup,
  type SearchEngine,
  type SearchFilters,
  type SearchHit,
  type SearchResponse,
} from './engine';
import { toPagefindFilters } from './filters';
import { allocate } from './groups';
import { queryTerms } from './highlight';
import { toSearchHit, type PagefindData } from './pagefind-hit';
import { correctQuery, unmatchedTerms } from './typos';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindFound {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

/** The slice of Pagefind's JS API (`pagefind.js`) this adapter uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options: { filters: Record<string, unknown> }): Promise<PagefindFound | null>;
  preload(term: string): Promise<void>;
}

export interface PagefindEngineOptions {
  /** URL of the folder holding `pagefind.js`, with the deployment base (e.g. `/sub/pagefind/`). */
  bundleUrl: string;
  /** The site's base URL, which Pagefind puts in front of every result URL. */
  baseUrl: string;
  /** Pagefind's `metaCacheTag`: a value fixed per build, so a service worker can cache the entry file. */
  cacheTag: string;
  /** URL of the vocabulary mistyped words are corrected against (lib/search/vocabulary.ts); none: no correction. */
  vocabularyUrl?: string;
}

/** Words shorter than this are not preloaded: their beginnings match many words, in index chunks the finished word may not need. */
const MIN_PRELOAD_LETTERS = 3;

/** Queries of more words than this are not retried word by word (each retry is one more search). */
const MAX_PARTIAL_TERMS = 5;

const emptyFacets = (): Record<Facet, Record<string, number>> => ({ kind: {}, topic: {}, site: {} });

/**
 * The hosted site's engine: Pagefind, loaded on first use (or on `warm()`). Each query runs as a
 * few Pagefind searches over the same index chunks, which cost a couple of milliseconds each once
 * loaded: one with the reader's filters (totals, facet counts), one per group (pages, sources),
 * and one per group and word left out: the best partial matches, ranked after the full ones. Fragments — the only per-result download — are fetched for shown hits only.
 * Of the filter files (which list every page, so grow with the site), a search loads only those
 * its filters use; the rest load when the reader reaches for the facets (`loadFacets`).
 */
export function pagefindEngine(options: PagefindEngineOptions): SearchEngine {
  let api: Promise<PagefindApi> | undefined;
  let words: Promise<string[]> | undefined;
  let facetsLoaded: Promise<void> | undefined;
  const load = () =>
    (api ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${options.bundleUrl}pagefind.js`)) as PagefindApi;
      await module.options({ baseUrl: options.baseUrl, metaCacheTag: options.cacheTag, excerptLength: 24 });
      return module;
    })().catch((error: unknown) => {
      api = undefined;
      throw error;
    }));
  const vocabulary = () =>
    (words ??= fetch(options.vocabularyUrl!)
      .then((r) => (r.ok ? r.text() : ''))
      .then(
        (text) => text.split('\n').filter(Boolean),
        () => [],
      ));

  async function groupResults(pagefind: PagefindApi, query: string, filters: SearchFilters, group: HitGroup) {
    const base = toPagefindFilters(filters);
    const narrow = filters.kind ? base : { ...base, ...(group === 'sources' ? { kind: SOURCE_KIND } : { not: { kind: SOURCE_KIND } }) };
    const terms = queryTerms(query);
    const retry = terms.length >= 2 && terms.length <= MAX_PARTIAL_TERMS;
    // Asked together: the worker answers them in one go, and the leave-one-out searches cost
    // nothing in downloads (the same words' index chunks).
    const [whole, ...found] = await Promise.all([
      pagefind.search(query, { filters: narrow }),
      ...(retry ? terms.map((_, i) => pagefind.search(terms.filter((__, j) => j !== i).join(' '), { filters: narrow })) : []),
    ]);
    const full = whole?.results ?? [];
    const seen = new Set(full.map((r) => r.id));
    const partial = new Map<string, PagefindResult>();
    for (const result of found.flatMap((f) => f?.results ?? [])) {
      if (seen.has(result.id)) continue;
      const known = partial.get(result.id);
      if (!known || known.score < result.score) partial.set(result.id, result);
    }
    return { full, partial: [...partial.values()].sort((a, b) => b.score - a.score) };
  }

  async function run(query: string, filters: SearchFilters, limit: number, signal?: AbortSignal): Promise<SearchResponse> {
    const pagefind = await load();
    const kind = filters.kind;
    const groups: HitGroup[] = kind === SOURCE_KIND ? ['sources'] : kind ? ['pages'] : ['pages', 'sources'];
    const lists = await Promise.all(groups.map((g) => groupResults(pagefind, query, filters, g)));
    // After the group searches, which load the kind filter they need: Pagefind counts values only
    // of the filters it has loaded (the others with loadFacets()).
    const main = await pagefind.search(query, { filters: toPagefindFilters(filters) });
    const facets = emptyFacets();
    for (const facet of FACETS) facets[facet] = main?.filters[facet] ?? {};
    const ranked: Record<HitGroup, Array<{ result: PagefindResult; partial: boolean }>> = { pages: [], sources: [] };
    groups.forEach((g, i) => {
      ranked[g] = [...lists[i]!.full.map((result) => ({ result, partial: false })), ...lists[i]!.partial.map((result) => ({ result, partial: true }))];
    });
    // A query typed on top of this one: its fragments would be downloaded for nothing.
    if (signal?.aborted) return { hits: [], total: 0, facets, groupTotals: { pages: 0, sources: 0 } };
    const shown = allocate({ pages: ranked.pages.length, sources: ranked.sources.length }, limit);
    const picked = [...ranked.pages.slice(0, shown.pages), ...ranked.sources.slice(0, shown.sources)];
    const hits: SearchHit[] = await Promise.all(
      picked.map(async ({ result, partial }) => ({ ...toSearchHit(await result.data(), options.baseUrl), ...(partial ? { partial } : {}) })),
    );
    return { hits, total: main?.results.length ?? 0, facets, groupTotals: { pages: ranked.pages.length, sources: ranked.sources.length } };
  }

  return {
    warm: async () => void (await load()),
    loadFacets: () => (facetsLoaded ??= load().then(async (pagefind) => void (await pagefind.filters()))),
    preload(query) {
      const words = query.split(/\s+/).filter((w) => w.length >= MIN_PRELOAD_LETTERS);
      if (words.length === 0) return;
      load()
        .then((pagefind) => pagefind.preload(words.join(' ')))
        .catch(() => {
          /* the search itself reports a failure to load */
        });
    },
    async search(query, filters, { limit = PAGE_SIZE, signal } = {}): Promise<SearchResponse> {
      const response = await run(query, filters, limit, signal);
      if (!options.vocabularyUrl) return response;
      // A word no hit marks may be mistyped: try the closest word the texts contain.
      const unmatched = unmatchedTerms(query, response.hits);
      if (unmatched.length === 0) return response;
      if (signal?.aborted) return response;
      const corrected = correctQuery(query, unmatched, await vocabulary());
      if (!corrected) return response;
      const retry = await run(corrected, filters, limit, signal);
      return retry.hits.length > 0 ? { ...retry, corrected: { from: query, to: corrected } } : response;
    },
  };
}
