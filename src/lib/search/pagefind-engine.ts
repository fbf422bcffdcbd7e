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
import { allocate, needsPartial } from './groups';
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
  /** Counts per filter value among the results with the filters applied. */
  filters: Record<string, Record<string, number>>;
  /** The same, and the number of results, for the words alone (no filter). */
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

/** The slice of Pagefind's JS API (`pagefind.js`) this adapter uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts loading the entry file, the meta file and the WebAssembly (otherwise the first search does); returns before they are ready. */
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options: { filters: Record<string, unknown> }): Promise<PagefindFound | null>;
  preload(term: string): Promise<void>;
}

export interface PagefindEngineOptions {
  /** URL of the folder holding `pagefind.js`, with the deployment base (e.g. `/sub/pagefind/`). */
  bundleUrl: string;
  /** The site's base URL, which Pagefind puts in front of every result URL. */
  baseUrl: string;
  /** URL of the vocabulary mistyped words are corrected against (lib/search/vocabulary.ts); none: no correction. */
  vocabularyUrl?: string;
}

/**
 * Pagefind 1.6 answers a call that comes before its WebAssembly and meta file are ready by looking
 * again every 50 ms (`getPtr` in its runtime), so a search sent while it initialises waits up to
 * 50 ms more than it must. An empty preload costs nothing once ready; asked every READY_PROBE_MS
 * through one such period, the first to return says "ready" within about that long.
 */
const PAGEFIND_RETRY_MS = 50;
const READY_PROBE_MS = 10;

/**
 * Pagefind splits each query with `Intl.Segmenter`, and the first segmenter a browser builds loads
 * ICU's break rules: 16–34 ms measured here, once per browser process, so in Pagefind's worker too.
 * Built on the page while the worker loads its files, it is not in the first search's way.
 */
function primeSegmenter() {
  try {
    new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' }).segment('a').containing(0);
  } catch {
    /* a malformed language tag: Pagefind then segments nothing either */
  }
}

/** Resolves soon after Pagefind can search (or has failed to initialise: the search then reports it). */
function whenReady(pagefind: PagefindApi): Promise<void> {
  return new Promise((resolve) => {
    const timers: Array<ReturnType<typeof setTimeout>> = [];
    let ready = false;
    const done = () => {
      if (ready) return;
      ready = true;
      for (const timer of timers) clearTimeout(timer);
      resolve();
    };
    const probe = () => void pagefind.preload('').then(done, done);
    probe();
    for (let at = READY_PROBE_MS; at < PAGEFIND_RETRY_MS; at += READY_PROBE_MS) timers.push(setTimeout(probe, at));
  });
}

/** Words shorter than this are not preloaded: their beginnings match many words, in index chunks the finished word may not need. */
const MIN_PRELOAD_LETTERS = 3;

/** Queries of more words than this are not retried word by word (each retry is one more search). */
const MAX_PARTIAL_TERMS = 5;

const emptyFacets = (): Record<Facet, Record<string, number>> => ({ kind: {}, topic: {}, site: {} });

/**
 * The hosted site's engine: Pagefind, loaded and initialised on first use (or on `warm()`). Each
 * query is one Pagefind search per group (pages, sources), which also give the totals and facet
 * counts; a group that has room for more than its full matches also runs one search per word left
 * out: the best partial matches, ranked after the full ones (same index chunks, no download).
 * Fragments — the only per-result download — are fetched for shown hits only. Of the filter files
 * (which list every page, so grow with the site), a search loads only those its filters use; the
 * rest load when the reader reaches for the facets (`loadFacets`).
 */
export function pagefindEngine(options: PagefindEngineOptions): SearchEngine {
  let api: Promise<PagefindApi> | undefined;
  let words: Promise<string[]> | undefined;
  let facetsLoaded: Promise<void> | undefined;
  const load = () =>
    (api ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${options.bundleUrl}pagefind.js`)) as PagefindApi;
      // Starts Pagefind's worker, which loads the entry file, then the meta file and WebAssembly.
      // Without this, the first search would start loading them only then.
      await module.init();
      primeSegmenter();
      // No `metaCacheTag`: Pagefind then asks for its entry file with `?ts=<now>`, always this build's
      // (the service worker stores it without the query). A tag fixed per build had to be compiled
      // into the search code, so every content edit renamed the code's chunks and changed every page.
      // Set after `init`, its answer says the worker runs: calls from then on reach it at once.
      await module.options({ baseUrl: options.baseUrl, excerptLength: 24 });
      await whenReady(module);
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

  const narrowFor = (filters: SearchFilters, group: HitGroup) => {
    const base = toPagefindFilters(filters);
    return filters.kind ? base : { ...base, ...(group === 'sources' ? { kind: SOURCE_KIND } : { not: { kind: SOURCE_KIND } }) };
  };

  /** The best matches of some of the words (one left out at a time), ranked after the full ones. */
  async function partialResults(pagefind: PagefindApi, terms: string[], filters: Record<string, unknown>, full: PagefindResult[]) {
    // Asked together: the worker answers them in one go, and they cost nothing in downloads (the
    // same words' index chunks as the full search).
    const found = await Promise.all(terms.map((_, i) => pagefind.search(terms.filter((__, j) => j !== i).join(' '), { filters })));
    const seen = new Set(full.map((r) => r.id));
    const partial = new Map<string, PagefindResult>();
    for (const result of found.flatMap((f) => f?.results ?? [])) {
      if (seen.has(result.id)) continue;
      const known = partial.get(result.id);
      if (!known || known.score < result.score) partial.set(result.id, result);
    }
    return [...partial.values()].sort((a, b) => b.score - a.score);
  }

  async function run(query: string, filters: SearchFilters, limit: number, signal?: AbortSignal): Promise<SearchResponse> {
    const pagefind = await load();
    const kind = filters.kind;
    const groups: HitGroup[] = kind === SOURCE_KIND ? ['sources'] : kind ? ['pages'] : ['pages', 'sources'];
    const chosen = toPagefindFilters(filters);
    // Totals and facet counts come from the group searches when they can: with a kind chosen the one
    // group search is the reader's search; with nothing chosen, Pagefind's unfiltered count and
    // counts (`unfilteredResultCount`, `totalFilters`) of either group search are the reader's.
    // Only another facet chosen alone needs a search of its own.
    const ownMain = !kind && Object.keys(chosen).length > 0;
    const [found, main] = await Promise.all([
      Promise.all(groups.map((g) => pagefind.search(query, { filters: narrowFor(filters, g) }))),
      ownMain ? pagefind.search(query, { filters: chosen }) : undefined,
    ]);
    const full: Record<HitGroup, PagefindResult[]> = { pages: [], sources: [] };
    groups.forEach((g, i) => (full[g] = found[i]?.results ?? []));
    const facets = emptyFacets();
    const counted = ownMain ? main?.filters : kind ? found[0]?.filters : found[0]?.totalFilters;
    for (const facet of FACETS) facets[facet] = counted?.[facet] ?? {};
    const total = ownMain ? (main?.results.length ?? 0) : kind ? full[groups[0]!].length : (found[0]?.unfilteredResultCount ?? 0);
    const terms = queryTerms(query);
    const need = needsPartial({ pages: full.pages.length, sources: full.sources.length }, limit);
    const retry = terms.length >= 2 && terms.length <= MAX_PARTIAL_TERMS && !signal?.aborted;
    const partial = await Promise.all(
      groups.map((g) => (retry && need[g] ? partialResults(pagefind, terms, narrowFor(filters, g), full[g]) : Promise.resolve([]))),
    );
    const ranked: Record<HitGroup, Array<{ result: PagefindResult; partial: boolean }>> = { pages: [], sources: [] };
    groups.forEach((g, i) => {
      ranked[g] = [...full[g].map((result) => ({ result, partial: false })), ...partial[i]!.map((result) => ({ result, partial: true }))];
    });
    // A query typed on top of this one: its fragments would be downloaded for nothing.
    if (signal?.aborted) return { hits: [], total: 0, facets, groupTotals: { pages: 0, sources: 0 } };
    const shown = allocate({ pages: ranked.pages.length, sources: ranked.sources.length }, limit);
    const picked = [...ranked.pages.slice(0, shown.pages), ...ranked.sources.slice(0, shown.sources)];
    const hits: SearchHit[] = await Promise.all(
      picked.map(async ({ result, partial }) => ({ ...toSearchHit(await result.data(), options.baseUrl), ...(partial ? { partial } : {}) })),
    );
    return { hits, total, facets, groupTotals: { pages: ranked.pages.length, sources: ranked.sources.length } };
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
