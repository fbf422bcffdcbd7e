import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { generatorHash } from '../integrations/input-hash';
import { formatForReaders, VENDORED_STYLES, type ReaderCitation } from '../lib/citation-formats/format';
import { CITATION_CACHE_DIR, citationCacheKey, isCached, readCached, writeCached } from '../lib/citation-formats/format-cache';
import { FormatPool, sharedFormatWorkerFile } from '../lib/citation-formats/format-pool';
import { citeEntries, citeEntryFor, type CiteEntry } from './citation-entries';

let pool: Promise<FormatPool> | undefined;

/**
 * The Cite block's citations of a page or a source. A build reads them from the previous build's
 * cache (lib/citation-formats/format-cache.ts) or formats them, with worker threads formatting
 * the other entries ahead (lib/citation-formats/format-pool.ts); the dev server formats afresh,
 * since src/ may change under it.
 */
export async function readerCitations(kind: CiteEntry['kind'], id: string): Promise<ReaderCitation[]> {
  const { items } = await citeEntryFor(kind, id);
  if (import.meta.env.DEV) return formatForReaders(items);
  const key = citationCacheKey(generatorHash(), items);
  const hit = readCached<ReaderCitation[]>(CITATION_CACHE_DIR, key);
  if (hit) return hit;
  const citations = await (await formatPool()).get(key, items);
  writeCached(CITATION_CACHE_DIR, key, citations);
  return citations;
}

function formatPool(): Promise<FormatPool> {
  pool ??= (async () => {
    const file = sharedFormatWorkerFile();
    const formatPool = new FormatPool({
      format: formatForReaders,
      spawn: file && (() => new Worker(file, { workerData: { styles: VENDORED_STYLES } })),
      workers: availableParallelism() - 1,
      // A worker's start-up (loading citeproc, building three styles) took ~1.5 s, about 170 entries' formatting.
      minJobs: 200,
      warn: (message) => console.warn(`[sourcebook:citation-formatting] ${message}`),
    });
    for (const { items } of await citeEntries()) {
      const key = citationCacheKey(generatorHash(), items);
      if (!isCached(CITATION_CACHE_DIR, key)) formatPool.add(key, items);
    }
    return formatPool;
  })();
  return pool;
}
