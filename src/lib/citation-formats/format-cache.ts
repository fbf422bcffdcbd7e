import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Formatted citations kept between builds. citeproc takes milliseconds per entry and style, and
 * every page and source has a Cite block, so a rebuild spent most of its rendering on citations
 * that had not changed. An entry's key is its CSL items with the generator (all of src/, the
 * config, the installed packages: the same inputs that decide whether a page is kept), so a
 * change to the items, the styles or the formatting code is a new key, never a stale citation.
 * Under `node_modules/.astro/`, which a clean build (and the benchmark) removes.
 */
export const CITATION_CACHE_DIR = 'node_modules/.astro/sourcebook-citations';

export function citationCacheKey(generator: string, items: readonly unknown[]): string {
  return createHash('sha256').update(generator).update('\0').update(JSON.stringify(items)).digest('hex');
}

/** `compute()`'s value for `key`, read from `dir` when a build already wrote it there. */
export function cached<T>(dir: string, key: string, compute: () => T): T {
  const file = join(dir, `${key.slice(0, 2)}/${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // Not written yet, or cut short: compute it again.
  }
  const value = compute();
  mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
  // Written whole or not at all: a build stopped mid-write leaves no half file to be read later.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
  return value;
}
